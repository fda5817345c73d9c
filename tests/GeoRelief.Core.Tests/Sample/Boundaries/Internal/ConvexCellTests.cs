using GeoRelief.Core.Sample.Boundaries.Internal;
using NetTopologySuite.Geometries;

namespace GeoRelief.Core.Tests.Sample.Boundaries.Internal;

public sealed class ConvexCellTests
{
    private static readonly GeometryFactory Factory = new();
    private static readonly ConvexCell Square = ConvexCell.FromEnvelope(new Envelope(0, 10, 0, 10));

    [Fact]
    public void The_power_half_plane_of_equal_weights_is_the_perpendicular_bisector()
    {
        // 10·x ≤ 50, i.e. x ≤ 5.
        Assert.Equal(new HalfPlane(10, 0, 50), HalfPlane.PowerSide(new(0, 0), 0, new(10, 0), 0));
    }

    [Fact]
    public void A_heavier_site_pushes_the_boundary_away()
    {
        // x² − 20 = (x − 10)²  ⇒  x = 6.
        var plane = HalfPlane.PowerSide(new(0, 0), 20, new(10, 0), 0);
        Assert.Equal(6, plane.Offset / plane.Nx, 12);
    }

    [Fact]
    public void Clipping_tags_the_new_edge_with_the_neighbour()
    {
        var cell = Square.Clip(new HalfPlane(1, 0, 5), 7);
        GeometryAssert.Equal("POLYGON ((0 0, 5 0, 5 10, 0 10, 0 0))", cell.ToPolygon(Factory));
        Assert.Equal([new Coordinate(0, 0), new(5, 0), new(5, 10), new(0, 10)], cell.Vertices);
        Assert.Equal([ConvexCell.Frame, 7, ConvexCell.Frame, ConvexCell.Frame], cell.EdgeNeighbours);
    }

    [Fact]
    public void A_cut_through_two_vertices_leaves_no_repeated_vertex()
    {
        var cell = Square.Clip(new HalfPlane(1, 1, 10), 3);
        Assert.Equal([new Coordinate(0, 0), new(10, 0), new(0, 10)], cell.Vertices);
        Assert.Equal([ConvexCell.Frame, 3, ConvexCell.Frame], cell.EdgeNeighbours);
    }

    [Fact]
    public void A_half_plane_that_misses_the_cell_returns_it_unchanged_and_one_that_excludes_it_empties_it()
    {
        Assert.Same(Square, Square.Clip(new HalfPlane(1, 0, 12), 1));
        Assert.True(Square.Clip(new HalfPlane(1, 0, -1), 1).IsEmpty);
    }

    [Fact]
    public void Distance_inside_is_to_the_nearest_edge_and_negative_outside()
    {
        Assert.Equal(2, Square.DistanceInside(new(2, 5)), 12);
        Assert.True(Square.DistanceInside(new(12, 5)) < 0);
    }

    [Fact]
    public void A_power_diagram_of_two_sites_splits_the_frame_at_the_weighted_bisector()
    {
        // (x − 2)² = (x − 8)² − 12  ⇒  x = 4.
        var cells = PowerDiagram.Compute([new(2, 5), new(8, 5)], [0, 12], new Envelope(0, 10, 0, 10));
        GeometryAssert.Equal("POLYGON ((0 0, 4 0, 4 10, 0 10, 0 0))", cells[0].ToPolygon(Factory));
        GeometryAssert.Equal("POLYGON ((4 0, 10 0, 10 10, 4 10, 4 0))", cells[1].ToPolygon(Factory));
    }
}
