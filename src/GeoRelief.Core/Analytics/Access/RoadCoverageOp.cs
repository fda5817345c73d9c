using System.Globalization;

namespace GeoRelief.Core.Analytics.Access;

/// <summary>
/// Road coverage and the Rural Access Index in pure C#, the twin of the PostGIS queries: for each settlement the
/// nearest road by great-circle distance (point to great-circle arcs on a sphere), and "within" = distance at most
/// the threshold. Brute force over every road segment: meant for checking and for small areas, not for a province.
/// </summary>
public static class RoadCoverageOp
{
    /// <summary>Nearest road and coverage of every settlement with at least the minimum households.</summary>
    public static RoadCoverageResult Compute(IReadOnlyList<CoverageSettlement> settlements, IReadOnlyList<CoverageRoad> roads, RoadCoverageParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(settlements);
        ArgumentNullException.ThrowIfNull(roads);
        ArgumentNullException.ThrowIfNull(parameters);
        if (!double.IsFinite(parameters.ThresholdMetres) || parameters.ThresholdMetres < 0)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The threshold is {parameters.ThresholdMetres} m; it must be a finite distance of zero or more."), nameof(parameters));
        }

        var segments = roads.SelectMany(r => r.Vertices.Zip(r.Vertices.Skip(1), (a, b) => (r.Id, A: Unit(a.X, a.Y), B: Unit(b.X, b.Y)))).ToList();
        var access = new List<SettlementAccess>();
        long population = 0, reached = 0;
        var within = 0;
        foreach (var s in settlements.Where(s => s.Households >= parameters.MinHouseholds))
        {
            var p = Unit(s.Longitude, s.Latitude);
            var best = double.PositiveInfinity;
            string? nearest = null;
            foreach (var (id, a, b) in segments)
            {
                var angle = ArcAngle(p, a, b);
                if (angle < best)
                {
                    best = angle;
                    nearest = id;
                }
            }

            double? metres = nearest is null ? null : best * parameters.SphereRadiusMetres;
            var isWithin = metres <= parameters.ThresholdMetres;
            access.Add(new SettlementAccess(s.Id, metres, nearest, isWithin));
            population += s.Population;
            if (isWithin)
            {
                within++;
                reached += s.Population;
            }
        }

        return new RoadCoverageResult { Settlements = access, WithinThreshold = within, Population = population, PopulationWithinThreshold = reached };
    }

    /// <summary>Angle (radians) from p to the shorter great-circle arc a–b.</summary>
    private static double ArcAngle(Vector p, Vector a, Vector b)
    {
        var n = Cross(a, b);
        var nLength = Length(n);
        if (nLength > 0)
        {
            // The foot of the perpendicular from p onto the great circle through a and b lies on the arc when it is
            // on the inner side of both a and b.
            var unitN = Scale(n, 1 / nLength);
            var c = Subtract(p, Scale(unitN, Dot(p, unitN)));
            if (Length(c) > 0 && Dot(Cross(a, c), n) >= 0 && Dot(Cross(c, b), n) >= 0)
            {
                return Angle(p, c);
            }
        }

        return Math.Min(Angle(p, a), Angle(p, b));
    }

    private static double Angle(Vector u, Vector v) => Math.Atan2(Length(Cross(u, v)), Dot(u, v));

    private static Vector Unit(double longitude, double latitude)
    {
        var lon = longitude * Math.PI / 180;
        var lat = latitude * Math.PI / 180;
        return new Vector(Math.Cos(lat) * Math.Cos(lon), Math.Cos(lat) * Math.Sin(lon), Math.Sin(lat));
    }

    private static Vector Cross(Vector u, Vector v) => new((u.Y * v.Z) - (u.Z * v.Y), (u.Z * v.X) - (u.X * v.Z), (u.X * v.Y) - (u.Y * v.X));

    private static double Dot(Vector u, Vector v) => (u.X * v.X) + (u.Y * v.Y) + (u.Z * v.Z);

    private static double Length(Vector u) => Math.Sqrt(Dot(u, u));

    private static Vector Scale(Vector u, double f) => new(u.X * f, u.Y * f, u.Z * f);

    private static Vector Subtract(Vector u, Vector v) => new(u.X - v.X, u.Y - v.Y, u.Z - v.Z);

    private readonly record struct Vector(double X, double Y, double Z);
}
