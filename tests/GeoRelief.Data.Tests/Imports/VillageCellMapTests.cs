using GeoRelief.Data.Imports.Internal;
using NetTopologySuite.Geometries;

namespace GeoRelief.Data.Tests.Imports;

/// <summary>The reader places a point only where PostGIS cannot disagree: well inside exactly one village.</summary>
public sealed class VillageCellMapTests
{
    // Two unit squares side by side sharing the edge x = 1; the left one has a hole (0.4–0.6 each way).
    private static readonly VillageCellMap.VillageRings Left = new(
        "100000000001", "100000000", true,
        [Ring((0, 0), (1, 0), (1, 1), (0, 1)), Ring((0.4, 0.4), (0.6, 0.4), (0.6, 0.6), (0.4, 0.6))]);

    private static readonly VillageCellMap.VillageRings Right = new("100000000002", "100000000", true, [Ring((1, 0), (2, 0), (2, 1), (1, 1))]);

    [Theory]
    [InlineData(0.2, 0.2, "100000000001")]
    [InlineData(0.9, 0.1, "100000000001")]
    [InlineData(1.5, 0.5, "100000000002")]
    [InlineData(1.99, 0.01, "100000000002")]
    public void A_point_well_inside_one_village_gets_that_village_and_its_township(double x, double y, string village)
    {
        var map = VillageCellMap.Build([Left, Right]);

        Assert.Equal((village, "100000000"), map.Locate(x, y));
    }

    [Theory]
    [InlineData(1, 0.5)]                 // on the shared edge: both villages intersect it, locate_village's tie rule decides
    [InlineData(1 - 1e-10, 0.5)]         // a hair either side of it
    [InlineData(1 + 1e-10, 0.5)]
    [InlineData(1, 1)]                   // a shared corner
    [InlineData(0.5, 0.5)]               // in the hole: in no village
    [InlineData(0.4, 0.5)]               // on the hole's edge
    [InlineData(0.6 + 1e-10, 0.5)]
    [InlineData(2.5, 0.5)]               // beside both
    [InlineData(-1e-10, 0.5)]
    [InlineData(double.NaN, 0.5)]
    public void A_point_on_or_near_a_boundary_or_in_no_village_is_left_to_PostGIS(double x, double y)
    {
        var map = VillageCellMap.Build([Left, Right]);

        Assert.Null(map.Locate(x, y));
    }

    [Fact]
    public void Where_two_villages_overlap_or_one_is_invalid_the_points_are_left_to_PostGIS()
    {
        var overlapping = new VillageCellMap.VillageRings("100000000003", "100000000", true, [Ring((1.5, 0), (3, 0), (3, 1), (1.5, 1))]);
        var invalid = new VillageCellMap.VillageRings("100000000004", "100000000", false, [Ring((5, 0), (6, 1), (6, 0), (5, 1))]);

        var map = VillageCellMap.Build([Left, Right, overlapping, invalid]);

        Assert.Equal(("100000000002", "100000000"), map.Locate(1.2, 0.5));
        Assert.Null(map.Locate(1.8, 0.5));
        Assert.Equal(("100000000003", "100000000"), map.Locate(2.5, 0.5));
        Assert.Null(map.Locate(5.5, 0.2));
    }

    [Fact]
    public void Without_villages_no_point_is_placed()
    {
        var map = VillageCellMap.Build([]);

        Assert.Equal(0, map.Villages);
        Assert.Null(map.Locate(0.5, 0.5));
    }

    private static Coordinate[] Ring(params (double X, double Y)[] corners) =>
        [.. corners.Select(c => new Coordinate(c.X, c.Y)), new Coordinate(corners[0].X, corners[0].Y)];
}
