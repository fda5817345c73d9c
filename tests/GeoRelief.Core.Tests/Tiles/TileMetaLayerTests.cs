using GeoRelief.Core.Tiles;

namespace GeoRelief.Core.Tests.Tiles;

public sealed class TileMetaLayerTests
{
    [Fact]
    public void The_meta_layer_reads_back_with_one_centred_point_per_thinned_layer()
    {
        var bytes = TileMetaLayer.Encode([new ThinnedLayer("natural-villages", 1062, 180), new ThinnedLayer("roads", 900, 14)]);

        var layer = Assert.Single(VectorTileReader.Read(bytes));
        Assert.Equal("_meta", layer.Name);
        Assert.Equal(2, layer.Version);
        Assert.Equal(4096, layer.Extent);
        Assert.Equal(2, layer.Features.Count);
        var villages = layer.Features[0];
        Assert.Equal(VectorTileGeometryType.Point, villages.GeometryType);
        Assert.Equal((2048, 2048), Assert.Single(Assert.Single(villages.Parts)));
        Assert.Equal("natural-villages", villages.Attributes["layer"]);
        Assert.Equal(true, villages.Attributes["thinned"]);
        Assert.Equal(1062UL, villages.Attributes["total"]);
        Assert.Equal(180UL, villages.Attributes["shown"]);
        Assert.Equal("roads", layer.Features[1].Attributes["layer"]);
        Assert.Equal(14UL, layer.Features[1].Attributes["shown"]);
    }

    [Fact]
    public void A_truncated_tile_is_a_format_error()
    {
        var bytes = TileMetaLayer.Encode([new ThinnedLayer("roads", 2, 1)]);

        Assert.Throws<FormatException>(() => VectorTileReader.Read(bytes.AsSpan(0, bytes.Length - 3)));
    }
}
