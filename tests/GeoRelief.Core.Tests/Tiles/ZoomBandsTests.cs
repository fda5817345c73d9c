using GeoRelief.Core.Tiles;

namespace GeoRelief.Core.Tests.Tiles;

public sealed class ZoomBandsTests
{
    [Fact]
    public void Every_zoom_draws_from_exactly_one_band()
    {
        for (var z = 0; z <= TileAddress.MaxZoom; z++)
        {
            Assert.Single(ZoomBands.All, b => b.Covers(z));
            Assert.True(ZoomBands.ForZoom(z).Covers(z));
        }
    }

    [Fact]
    public void Tolerances_are_one_pixel_at_the_lowest_zoom_of_the_band_and_shrink_towards_the_source()
    {
        Assert.Equal(360.0 / 256, ZoomBands.ForZoom(0).ToleranceDegrees, 12);
        Assert.Equal(360.0 / 256 / 64, ZoomBands.ForZoom(7).ToleranceDegrees, 12);
        Assert.Equal(0, ZoomBands.ForZoom(ZoomBands.SourceGeometryFromZoom).ToleranceDegrees);
        var tolerances = ZoomBands.All.Select(b => b.ToleranceDegrees).ToList();
        Assert.Equal(tolerances.OrderDescending(), tolerances);
    }
}
