using GeoRelief.Core.Sample.Boundaries.Internal;
using NetTopologySuite.Geometries;

namespace GeoRelief.Core.Tests.Sample.Boundaries.Internal;

public sealed class FaceArrangementTests
{
    /// <summary>A coarse grid (0.1) so that the snap rounding is visible in hand-written coordinates.</summary>
    private static readonly GeometryFactory Grid = new(new PrecisionModel(10), 4490);

    [Fact]
    public void A_square_and_a_line_across_it_give_two_faces_on_the_grid_and_the_overhangs_vanish()
    {
        var faces = FaceArrangement.Faces(
            [Line("LINESTRING (0 0, 1 0, 1 1, 0 1, 0 0)"), Line("LINESTRING (0.52 -0.2, 0.52 1.2)")],
            Grid);
        GeometryAssert.Equal(
            "MULTIPOLYGON (((0 0, 0.5 0, 0.5 1, 0 1, 0 0)), ((0.5 0, 1 0, 1 1, 0.5 1, 0.5 0)))",
            Grid.BuildGeometry(faces));
        Assert.All(faces, f => Assert.Equal(4490, f.SRID));
    }

    [Fact]
    public void Neighbouring_faces_share_the_crossing_vertices()
    {
        // The third line runs on past the second: that overhang is a dangle and bounds nothing, but the
        // crossing at (0.5 0.5) becomes a vertex of all three faces.
        var faces = FaceArrangement.Faces(
            [Line("LINESTRING (0 0, 1 0, 1 1, 0 1, 0 0)"), Line("LINESTRING (0.5 0, 0.5 1)"), Line("LINESTRING (0 0.5, 0.7 0.5)")],
            Grid);
        GeometryAssert.Equal(
            "MULTIPOLYGON (((0 0.5, 0.5 0.5, 0.5 1, 0 1, 0 0.5)), ((0 0, 0.5 0, 0.5 0.5, 0 0.5, 0 0)), ((0.5 0, 1 0, 1 1, 0.5 1, 0.5 0.5, 0.5 0)))",
            Grid.BuildGeometry(faces));
    }

    [Fact]
    public void A_floating_precision_factory_is_refused()
    {
        Assert.Throws<ArgumentException>(() => FaceArrangement.Faces([], new GeometryFactory()));
    }

    private static LineString Line(string wkt) => Grid.CreateLineString(GeometryAssert.Read(wkt).Coordinates);
}
