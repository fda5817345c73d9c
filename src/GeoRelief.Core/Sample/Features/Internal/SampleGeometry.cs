using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;

namespace GeoRelief.Core.Sample.Features.Internal;

/// <summary>Geometry construction shared by the layers: EPSG:4490 factory, rounding, sampling, blobs.</summary>
internal static class SampleGeometry
{
    /// <summary>CGCS2000 geographic, the storage SRID.</summary>
    public static GeometryFactory Factory { get; } = new(new PrecisionModel(), 4490);

    /// <summary>Generated coordinates are rounded to 1e-7° (≈ 1 cm) so files stay short and exact.</summary>
    public static Coordinate Round(Coordinate c) => new(Math.Round(c.X, 7), Math.Round(c.Y, 7));

    public static Point Point(Coordinate c) => Factory.CreatePoint(c);

    /// <summary>A random point strictly inside <paramref name="area"/>, accepted by <paramref name="accept"/>, or null after the tries.</summary>
    public static Coordinate? RandomPointIn(IPreparedGeometry area, Envelope envelope, SampleRandom random, Func<Coordinate, bool>? accept = null, int tries = 400)
    {
        for (var i = 0; i < tries; i++)
        {
            var c = Round(new Coordinate(random.Uniform(envelope.MinX, envelope.MaxX), random.Uniform(envelope.MinY, envelope.MaxY)));
            if (area.Contains(Factory.CreatePoint(c)) && (accept is null || accept(c)))
            {
                return c;
            }
        }

        return null;
    }

    /// <summary>A random point inside <paramref name="area"/> within <paramref name="radiusKm"/> of <paramref name="centre"/>, or null.</summary>
    public static Coordinate? RandomPointNear(Coordinate centre, double minKm, double radiusKm, IPreparedGeometry area, LocalProjection projection, SampleRandom random, Func<Coordinate, bool>? accept = null, int tries = 200)
    {
        var (cx, cy) = projection.ToKm(centre);
        for (var i = 0; i < tries; i++)
        {
            var angle = random.Uniform(0, 2 * Math.PI);
            var r = random.Uniform(minKm, radiusKm);
            var c = Round(projection.FromKm(cx + (r * Math.Cos(angle)), cy + (r * Math.Sin(angle))));
            if (area.Contains(Factory.CreatePoint(c)) && (accept is null || accept(c)))
            {
                return c;
            }
        }

        return null;
    }

    /// <summary>A point that is certainly inside a polygon (its interior point), rounded and re-checked.</summary>
    public static Coordinate InteriorPoint(Geometry area)
    {
        var c = area.InteriorPoint.Coordinate;
        var rounded = Round(c);
        return area.Contains(Factory.CreatePoint(rounded)) ? rounded : c.Copy();
    }

    /// <summary>An irregular star-shaped polygon: simple, hence valid, for any positive radii.</summary>
    public static Polygon Blob(Coordinate centre, double radiusKm, LocalProjection projection, SampleRandom random, int vertices = 28)
    {
        var (cx, cy) = projection.ToKm(centre);
        var phase = random.Uniform(0, 2 * Math.PI);
        var ring = new Coordinate[vertices + 1];
        for (var i = 0; i < vertices; i++)
        {
            var angle = phase + (2 * Math.PI * i / vertices);
            var r = radiusKm * random.Uniform(0.6, 1.25) * (1 + (0.2 * Math.Sin((3 * angle) + phase)));
            ring[i] = Round(projection.FromKm(cx + (r * Math.Cos(angle)), cy + (r * Math.Sin(angle))));
        }

        ring[vertices] = ring[0].Copy();
        return Factory.CreatePolygon(ring);
    }

    /// <summary>The polygonal part of <paramref name="g"/> as a valid MultiPolygon, or null when there is none.</summary>
    public static MultiPolygon? PolygonalPart(Geometry g)
    {
        var polygons = new List<Polygon>();
        for (var i = 0; i < g.NumGeometries; i++)
        {
            if (g.GetGeometryN(i) is Polygon p && !p.IsEmpty && p.Area > 0)
            {
                polygons.Add(p);
            }
        }

        if (polygons.Count == 0)
        {
            return null;
        }

        var multi = Factory.CreateMultiPolygon([.. polygons]);
        return multi.IsValid ? multi : PolygonalPart(multi.Buffer(0));
    }

    /// <summary>
    /// A line from a to b with a vertex about every <paramref name="spacingKm"/> and a gentle meander.
    /// Vertices every few hundred metres give later roads somewhere to join, so segments meet at shared vertices.
    /// </summary>
    public static Coordinate[] Path(Coordinate a, Coordinate b, double spacingKm, double meander, LocalProjection projection, SampleRandom random)
    {
        var length = projection.DistanceKm(a, b);
        var steps = Math.Max(1, (int)Math.Ceiling(length / spacingKm));
        var (ax, ay) = projection.ToKm(a);
        var (bx, by) = projection.ToKm(b);
        var nx = length > 0 ? -(by - ay) / length : 0;
        var ny = length > 0 ? (bx - ax) / length : 0;
        var amplitude = meander * length * random.Uniform(-1, 1);
        var waves = random.Next(1, 3);
        var coordinates = new Coordinate[steps + 1];
        coordinates[0] = a.Copy();
        for (var i = 1; i < steps; i++)
        {
            var t = (double)i / steps;
            var offset = amplitude * Math.Sin(Math.PI * waves * t);
            coordinates[i] = Round(projection.FromKm(ax + ((bx - ax) * t) + (nx * offset), ay + ((by - ay) * t) + (ny * offset)));
        }

        coordinates[steps] = b.Copy();
        return coordinates;
    }
}
