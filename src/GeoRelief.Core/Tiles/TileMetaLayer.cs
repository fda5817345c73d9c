using GeoRelief.Core.Tiles.Internal;

namespace GeoRelief.Core.Tiles;

/// <summary>
/// The <c>_meta</c> layer a tile carries when any of its layers was thinned or clustered, so that nothing is cut
/// silently: one point feature (at the tile centre) per thinned layer with <c>layer</c>, <c>thinned=true</c>,
/// <c>total</c> (source features in the tile) and <c>shown</c> (features drawn).
/// </summary>
public static class TileMetaLayer
{
    /// <summary>Name of the layer in the tile.</summary>
    public const string Name = "_meta";

    private const uint Extent = 4096;

    /// <summary>The encoded layer (a complete tile by itself; append it to the other layers' bytes).</summary>
    public static byte[] Encode(IReadOnlyList<ThinnedLayer> thinned)
    {
        ArgumentNullException.ThrowIfNull(thinned);
        string[] keys = ["layer", "thinned", "total", "shown"];
        var layer = new ProtoWriter();
        layer.WriteVarint(15, 2);
        layer.WriteString(1, Name);
        // Values: the layer names first, then true, then the counts; tags index into them.
        var values = new List<Action<ProtoWriter>>();
        var features = new List<uint[]>();
        for (var i = 0; i < thinned.Count; i++)
        {
            var t = thinned[i];
            var nameIndex = (uint)values.Count;
            values.Add(v => v.WriteString(1, t.Layer));
            var totalIndex = (uint)values.Count;
            values.Add(v => v.WriteVarint(5, checked((ulong)t.Total)));
            var shownIndex = (uint)values.Count;
            values.Add(v => v.WriteVarint(5, checked((ulong)t.Shown)));
            features.Add([0, nameIndex, 1, uint.MaxValue, 2, totalIndex, 3, shownIndex]);
        }

        var trueIndex = (uint)values.Count;
        values.Add(v => v.WriteVarint(7, 1));
        for (var i = 0; i < features.Count; i++)
        {
            var tags = features[i];
            tags[3] = trueIndex;
            var feature = new ProtoWriter();
            feature.WriteVarint(1, (ulong)(i + 1));
            feature.WritePackedVarints(2, tags);
            feature.WriteVarint(3, (ulong)VectorTileGeometryType.Point);
            // One MoveTo to the centre, each coordinate zig-zag encoded (2 · c for c ≥ 0).
            feature.WritePackedVarints(4, [(1 << 3) | 1, Extent / 2 * 2, Extent / 2 * 2]);
            layer.WriteBytes(2, feature.ToArray());
        }

        foreach (var key in keys)
        {
            layer.WriteString(3, key);
        }

        foreach (var write in values)
        {
            var value = new ProtoWriter();
            write(value);
            layer.WriteBytes(4, value.ToArray());
        }

        layer.WriteVarint(5, Extent);
        var tile = new ProtoWriter();
        tile.WriteBytes(3, layer.ToArray());
        return tile.ToArray();
    }
}
