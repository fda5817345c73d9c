using GeoRelief.Core.Tiles;

namespace GeoRelief.Core.Tests.Tiles;

public sealed class TileRangeTests
{
    // 锦屏县 of the sample, lon/lat.
    private static readonly TileBounds Jinping = new(108.9985, 26.5000, 109.4015, 26.8600);

    [Fact]
    public void A_county_lies_in_one_tile_at_zoom_8_and_in_many_at_zoom_12()
    {
        var z8 = TileRange.Covering(Jinping, 8);
        var z12 = TileRange.Covering(Jinping, 12);

        Assert.Equal(new TileRange(8, 205, 108, 205, 108), z8);
        Assert.Equal(3288, z12.MinX);
        Assert.Equal(3292, z12.MaxX);
        Assert.Equal(z12.Count, z12.Tiles().Count());
        Assert.All(z12.Tiles(), t => Assert.True(WebMercator.LonLatEnvelope(t).Intersects(Jinping)));
    }

    [Fact]
    public void Every_tile_of_the_range_is_touched_and_every_tile_touched_is_in_the_range()
    {
        for (var z = 0; z <= 14; z++)
        {
            var range = TileRange.Covering(Jinping, z);
            var last = (int)TileAddress.TilesPerSide(z) - 1;
            var outer = new TileRange(
                z, Math.Max(0, range.MinX - 1), Math.Max(0, range.MinY - 1), Math.Min(last, range.MaxX + 1), Math.Min(last, range.MaxY + 1));
            foreach (var tile in outer.Tiles())
            {
                Assert.Equal(WebMercator.LonLatEnvelope(tile).Intersects(Jinping), range.Contains(tile));
            }
        }
    }

    [Fact]
    public void The_render_buffer_reaches_into_the_neighbouring_tile()
    {
        // A point 1/128 of a tile east of a tile edge is drawn in the western neighbour too (buffer 1/64).
        var west = WebMercator.LonLatEnvelope(TileAddress.Create(10, 822, 433));
        var nearEdge = west.MaxX + (west.Width / 128);
        var point = new TileBounds(nearEdge, west.MinY + 0.01, nearEdge, west.MinY + 0.01);

        Assert.False(TileRange.Covering(point, 10).Contains(TileAddress.Create(10, 822, 433)));
        Assert.True(TileRange.Covering(point, 10, 1.0 / 64).Contains(TileAddress.Create(10, 822, 433)));
        Assert.False(TileRange.Covering(point, 11, 1.0 / 64).Contains(TileAddress.Create(10, 822, 433)));
    }
}
