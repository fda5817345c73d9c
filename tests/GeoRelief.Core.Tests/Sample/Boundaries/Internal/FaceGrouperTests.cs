using GeoRelief.Core.Sample.Boundaries.Internal;
using NetTopologySuite.Geometries;

namespace GeoRelief.Core.Tests.Sample.Boundaries.Internal;

public sealed class FaceGrouperTests
{
    /// <summary>
    /// A [0,1]×[0,2], B [1,2]×[0,2], C [2,3]×[0,1], D [3,4]×[0,1], E [4,5]×[0,1]; B shares 2 with A and 1 with C,
    /// D touches only C and E, E only D.
    /// </summary>
    private static readonly Polygon[] Faces =
    [
        Square("POLYGON ((0 0, 1 0, 1 2, 0 2, 0 0))"),
        Square("POLYGON ((1 0, 2 0, 2 1, 2 2, 1 2, 1 0))"),
        Square("POLYGON ((2 0, 3 0, 3 1, 2 1, 2 0))"),
        Square("POLYGON ((3 0, 4 0, 4 1, 3 1, 3 0))"),
        Square("POLYGON ((4 0, 5 0, 5 1, 4 1, 4 0))"),
    ];

    [Fact]
    public void Labelled_faces_get_their_label_and_orphans_the_unit_they_share_most_boundary_with_chains_included()
    {
        var grouper = new FaceGrouper(Faces);
        var units = grouper.LabelFaces([new(0.5, 1), new(2.5, 0.5)]);
        Assert.Equal([0, FaceGrouper.None, 1, FaceGrouper.None, FaceGrouper.None], units);
        grouper.AbsorbOrphans(units);
        Assert.Equal([0, 0, 1, 1, 1], units);
    }

    [Fact]
    public void With_zones_an_orphan_joins_only_units_of_its_own_zone()
    {
        var grouper = new FaceGrouper(Faces);
        var units = grouper.LabelFaces([new(0.5, 1), new(2.5, 0.5)]);
        grouper.AbsorbOrphans(units, [0, 1, 1, 1, 1]);
        Assert.Equal([0, 1, 1, 1, 1], units);
    }

    [Fact]
    public void An_orphan_with_no_neighbour_in_its_zone_stays_unassigned()
    {
        var grouper = new FaceGrouper(Faces);
        var units = grouper.LabelFaces([new(0.5, 1)]);
        grouper.AbsorbOrphans(units, [0, 0, 1, 1, 1]);
        Assert.Equal([0, 0, FaceGrouper.None, FaceGrouper.None, FaceGrouper.None], units);
    }

    [Fact]
    public void Two_labels_in_one_face_or_a_label_in_none_are_errors()
    {
        var grouper = new FaceGrouper(Faces);
        Assert.Throws<InvalidOperationException>(() => grouper.LabelFaces([new(0.2, 1), new(0.8, 1)]));
        Assert.Throws<InvalidOperationException>(() => grouper.LabelFaces([new(9, 9)]));
    }

    private static Polygon Square(string wkt) => (Polygon)GeometryAssert.Read(wkt);
}
