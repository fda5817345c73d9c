namespace GeoRelief.Core.Tiles;

/// <summary>
/// One decoded feature: its id, attributes (string, long, ulong, double, float or bool) and geometry as parts in
/// tile coordinates (0 … extent, y down): points one coordinate per part, lines one part each, polygons one ring each.
/// </summary>
public sealed record VectorTileFeature(
    ulong? Id,
    VectorTileGeometryType GeometryType,
    IReadOnlyDictionary<string, object> Attributes,
    IReadOnlyList<IReadOnlyList<(int X, int Y)>> Parts)
{
    /// <summary>Signed area of a ring in tile units (positive = clockwise on screen, the exterior ring of MVT 2.1).</summary>
    public static double RingArea(IReadOnlyList<(int X, int Y)> ring)
    {
        ArgumentNullException.ThrowIfNull(ring);
        var sum = 0.0;
        for (var i = 0; i < ring.Count; i++)
        {
            var (x1, y1) = ring[i];
            var (x2, y2) = ring[(i + 1) % ring.Count];
            sum += ((double)x1 * y2) - ((double)x2 * y1);
        }

        return sum / 2;
    }
}
