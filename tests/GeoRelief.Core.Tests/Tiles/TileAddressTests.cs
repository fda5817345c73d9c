using GeoRelief.Core.Tiles;

namespace GeoRelief.Core.Tests.Tiles;

public sealed class TileAddressTests
{
    [Theory]
    [InlineData(0, 0, 0)]
    [InlineData(8, 205, 108)]
    [InlineData(22, 4194303, 4194303)]
    public void A_tile_inside_the_pyramid_is_accepted(int z, int x, int y)
    {
        Assert.True(TileAddress.TryCreate(z, x, y, out var tile, out _, out _));
        Assert.Equal($"{z}/{x}/{y}", tile.ToString());
    }

    [Theory]
    [InlineData(-1, 0, 0, "z", "from 0 to 22")]
    [InlineData(23, 0, 0, "z", "from 0 to 22")]
    [InlineData(3, 8, 0, "x", "from 0 to 7")]
    [InlineData(3, -1, 0, "x", "from 0 to 7")]
    [InlineData(0, 0, 1, "y", "from 0 to 0")]
    public void A_tile_outside_the_pyramid_names_the_wrong_coordinate(int z, int x, int y, string parameter, string range)
    {
        Assert.False(TileAddress.TryCreate(z, x, y, out _, out var wrong, out var problem));
        Assert.Equal(parameter, wrong);
        Assert.Contains(range, problem, StringComparison.Ordinal);
    }
}
