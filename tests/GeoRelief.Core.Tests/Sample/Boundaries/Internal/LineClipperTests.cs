using GeoRelief.Core.Sample.Boundaries.Internal;
using NetTopologySuite.Algorithm.Locate;
using NetTopologySuite.Geometries;

namespace GeoRelief.Core.Tests.Sample.Boundaries.Internal;

public sealed class LineClipperTests
{
    private static readonly GeometryFactory Factory = new();
    private static readonly IndexedPointInAreaLocator Square = new(GeometryAssert.Read("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))"));

    [Fact]
    public void A_crossing_line_is_cut_at_the_boundary()
    {
        var pieces = LineClipper.Clip([new(-10, 5), new(5, 5), new(20, 5)], Square);
        GeometryAssert.Equal("MULTILINESTRING ((0 5, 5 5, 10 5))", Lines(pieces), 1e-9);
    }

    [Fact]
    public void A_line_that_leaves_and_comes_back_gives_two_pieces_with_its_own_vertices_untouched()
    {
        Coordinate[] line = [new(5, -5), new(5, 5), new(15, 5), new(15, 8), new(5, 8), new(5, 20)];
        var pieces = LineClipper.Clip(line, Square);
        GeometryAssert.Equal("MULTILINESTRING ((5 0, 5 5, 10 5), (10 8, 5 8, 5 10))", Lines(pieces), 1e-9);
        Assert.Same(line[1], pieces[0][1]);
        Assert.Same(line[4], pieces[1][1]);
    }

    /// <summary>Documented limit: callers clip to a buffer wider than their pieces, so such a graze never matters.</summary>
    [Fact]
    public void A_segment_with_both_ends_outside_is_dropped_even_when_it_crosses()
    {
        Assert.Empty(LineClipper.Clip([new(-10, 5), new(20, 5)], Square));
    }

    [Fact]
    public void A_line_outside_gives_nothing_and_a_line_inside_gives_itself()
    {
        Assert.Empty(LineClipper.Clip([new(-5, -5), new(-1, 20)], Square));
        GeometryAssert.Equal("MULTILINESTRING ((1 1, 9 9))", Lines(LineClipper.Clip([new(1, 1), new(9, 9)], Square)));
    }

    private static MultiLineString Lines(IReadOnlyList<Coordinate[]> pieces) =>
        Factory.CreateMultiLineString([.. pieces.Select(p => Factory.CreateLineString(p))]);
}
