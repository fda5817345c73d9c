using GeoRelief.Core.Siting.Criteria;

namespace GeoRelief.Core.Tests.Siting;

public sealed class AspectTests
{
    [Theory]
    [InlineData(0, "N")]
    [InlineData(22.4, "N")]
    [InlineData(22.5, "NE")]
    [InlineData(90, "E")]
    [InlineData(180, "S")]
    [InlineData(247.5, "W")]
    [InlineData(300, "NW")]
    [InlineData(337.5, "N")]
    [InlineData(360, "N")]
    [InlineData(-1, "flat")]
    public void Directions_are_45_degree_sectors_centred_on_their_bearing(double degrees, string direction) =>
        Assert.Equal(direction, Aspect.Direction(degrees));

    [Fact]
    public void Flat_and_unknown_cells_have_no_degrees()
    {
        Assert.Null(Aspect.Degrees(Aspect.Flat));
        Assert.Null(Aspect.Degrees(null));
        Assert.Null(Aspect.Direction(null));
        Assert.Null(Aspect.Direction(double.NaN));
        Assert.Equal(135.0, Aspect.Degrees(135));
        Assert.Throws<ArgumentOutOfRangeException>(() => Aspect.Direction(400));
    }
}
