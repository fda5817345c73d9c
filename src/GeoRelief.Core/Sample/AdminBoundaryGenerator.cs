using NetTopologySuite.Geometries;

namespace GeoRelief.Core.Sample;

/// <summary>
/// Makes synthetic boundaries for the sample counties, their townships and villages, in EPSG:4490.
/// Placeholder layout: each county a rectangle of its real area at its real centre, townships as
/// vertical strips, villages as cells of each strip. Exact tiling by construction.
/// </summary>
public static class AdminBoundaryGenerator
{
    private const int CodeYear = 2023;
    private static readonly GeometryFactory Factory = new(new PrecisionModel(), 4490);

    /// <summary>Boundaries for every division below and including each county; provinces and prefectures without geometry.</summary>
    public static IReadOnlyList<AdminUnitFeature> Generate(IReadOnlyList<Division> divisions, IReadOnlyList<SampleCounty> counties, int seed)
    {
        ArgumentNullException.ThrowIfNull(divisions);
        ArgumentNullException.ThrowIfNull(counties);
        _ = seed;
        var result = new List<AdminUnitFeature>();
        foreach (var d in divisions.Where(d => d.Level < 3))
        {
            result.Add(new AdminUnitFeature(d.Code, d.Level, d.ParentCode, d.Name, null, CodeYear, null));
        }

        foreach (var county in counties)
        {
            var kmPerDegLat = 111.0;
            var kmPerDegLon = 111.0 * Math.Cos(county.CentreLat * Math.PI / 180);
            var sideKm = Math.Sqrt(county.AreaKm2);
            var w = sideKm / kmPerDegLon;
            var h = sideKm / kmPerDegLat;
            var x0 = county.CentreLon - (w / 2);
            var y0 = county.CentreLat - (h / 2);
            var countyDivision = divisions.Single(d => d.Code == county.Code);
            result.Add(Unit(countyDivision, null, Box(x0, y0, x0 + w, y0 + h)));
            var townships = divisions.Where(d => d.ParentCode == county.Code).OrderBy(d => d.Code, StringComparer.Ordinal).ToList();
            for (var t = 0; t < townships.Count; t++)
            {
                var tx0 = x0 + (w * t / townships.Count);
                var tx1 = x0 + (w * (t + 1) / townships.Count);
                result.Add(Unit(townships[t], null, Box(tx0, y0, tx1, y0 + h)));
                var villages = divisions.Where(d => d.ParentCode == townships[t].Code).OrderBy(d => d.Code, StringComparer.Ordinal).ToList();
                for (var v = 0; v < villages.Count; v++)
                {
                    var vy0 = y0 + (h * v / villages.Count);
                    var vy1 = y0 + (h * (v + 1) / villages.Count);
                    result.Add(Unit(villages[v], 220, Box(tx0, vy0, tx1, vy1)));
                }
            }
        }

        return result;
    }

    private static AdminUnitFeature Unit(Division d, int? urbanRural, Polygon p) =>
        new(d.Code, d.Level, d.ParentCode, d.Name, urbanRural, CodeYear, Factory.CreateMultiPolygon([p]));

    private static Polygon Box(double x0, double y0, double x1, double y1) =>
        Factory.CreatePolygon([new(x0, y0), new(x1, y0), new(x1, y1), new(x0, y1), new(x0, y0)]);
}
