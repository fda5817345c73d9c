using GeoRelief.Core.Sample.Boundaries.Internal;
using NetTopologySuite.Geometries;

namespace GeoRelief.Core.Tests.Sample.Boundaries.Internal;

public sealed class CapacityPartitionTests
{
    private static readonly Geometry Square = GeometryAssert.Read("POLYGON ((0 0, 100 0, 100 100, 0 100, 0 0))");

    [Fact]
    public void Without_steps_it_is_the_voronoi_diagram_of_the_initial_sites()
    {
        var layout = CapacityPartition.Compute(Square, [5000, 5000], [new(25, 50), new(75, 50)], 10, 0, 0);
        Assert.Equal([5000.0, 5000.0], layout.Areas);
        Assert.Equal([0.0, 0.0], layout.Weights);
    }

    [Fact]
    public void Weights_bring_the_cells_to_their_target_areas()
    {
        var layout = CapacityPartition.Compute(Square, [2500, 7500], [new(25, 50), new(75, 50)], 10, 4, 5);
        Assert.Equal(2500, layout.Areas[0], 50.0);
        Assert.Equal(7500, layout.Areas[1], 50.0);
        Assert.Equal(10000, layout.Areas.Sum(), 1e-6);
    }

    [Fact]
    public void Unequal_targets_on_a_concave_region_with_crowded_sites_come_within_ten_percent_without_losing_a_cell()
    {
        // A U of area 7200, which the targets add up to.
        var region = GeometryAssert.Read("POLYGON ((0 0, 100 0, 100 100, 70 100, 70 30, 30 30, 30 100, 0 100, 0 0))");
        Coordinate[] sites = [new(10, 10), new(12, 12), new(90, 90), new(50, 10), new(15, 90)];
        double[] targets = [500, 1500, 2100, 1800, 1300];
        var voronoi = CapacityPartition.Compute(region, targets, sites, 10, 0, 0);
        var layout = CapacityPartition.Compute(region, targets, sites, 10, 4, 4);
        Assert.All(layout.Areas, a => Assert.True(a > 0));
        Assert.Equal(region.Area, layout.Areas.Sum(), 1e-6);
        Assert.True(WorstRatio(voronoi.Areas, targets) > 2);
        Assert.True(WorstRatio(layout.Areas, targets) < 1.1);
    }

    /// <summary>Largest factor by which a cell misses its target, either way.</summary>
    private static double WorstRatio(IReadOnlyList<double> areas, double[] targets) =>
        areas.Zip(targets).Max(p => Math.Max(p.First / p.Second, p.Second / p.First));
}
