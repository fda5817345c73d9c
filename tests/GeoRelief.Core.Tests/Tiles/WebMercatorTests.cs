using GeoRelief.Core.Tiles;

namespace GeoRelief.Core.Tests.Tiles;

public sealed class WebMercatorTests
{
    [Fact]
    public void The_world_tile_spans_the_whole_mercator_square()
    {
        var envelope = WebMercator.Envelope(TileAddress.Create(0, 0, 0));

        Assert.Equal(-20037508.342789244, envelope.MinX, 6);
        Assert.Equal(20037508.342789244, envelope.MaxY, 6);
        Assert.Equal(40075016.68557849, envelope.Width, 6);
        Assert.Equal(156543.03392804097, WebMercator.MetresPerPixel(0), 6);
    }

    [Fact]
    public void A_tile_in_degrees_matches_its_tile_in_metres()
    {
        var tile = TileAddress.Create(8, 205, 108);
        var degrees = WebMercator.LonLatEnvelope(tile);
        var metres = WebMercator.Envelope(tile);

        // 205/256 of the way round from 180° W; the south edge of row 108 lies just below 26.43° N.
        Assert.Equal(108.28125, degrees.MinX, 9);
        Assert.Equal(109.6875, degrees.MaxX, 9);
        var (x, y) = WebMercator.Project(degrees.MinX, degrees.MinY);
        Assert.Equal(metres.MinX, x, 3);
        Assert.Equal(metres.MinY, y, 3);
        (x, y) = WebMercator.Project(degrees.MaxX, degrees.MaxY);
        Assert.Equal(metres.MaxX, x, 3);
        Assert.Equal(metres.MaxY, y, 3);
    }

    [Fact]
    public void The_quadrant_north_east_of_null_island_is_tile_1_1_0()
    {
        var degrees = WebMercator.LonLatEnvelope(TileAddress.Create(1, 1, 0));

        Assert.Equal(0, degrees.MinX, 9);
        Assert.Equal(0, degrees.MinY, 9);
        Assert.Equal(180, degrees.MaxX, 9);
        Assert.Equal(WebMercator.MaxLatitude, degrees.MaxY, 9);
    }
}
