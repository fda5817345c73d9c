using GeoRelief.Core.Sample.Boundaries.Internal;
using NetTopologySuite.Geometries;

namespace GeoRelief.Core.Tests.Sample.Boundaries.Internal;

public sealed class RegionMomentsTests
{
    private static readonly ConvexCell LeftHalf = ConvexCell.FromEnvelope(new Envelope(0, 10, 0, 10)).Clip(new HalfPlane(1, 0, 5), 1);

    [Fact]
    public void An_L_shaped_region_cut_by_a_cell_gives_the_moments_of_its_two_rectangles()
    {
        // [0,5]×[0,4] (20, centroid 2.5 2) and [0,4]×[4,10] (24, centroid 2 7): 44, (98/44, 208/44).
        var region = GeometryAssert.Read("POLYGON ((0 0, 10 0, 10 4, 4 4, 4 10, 0 10, 0 0))");
        var (area, centroid) = RegionMoments.Of(region, LeftHalf);
        Assert.Equal(44, area, 9);
        Assert.Equal(98.0 / 44, centroid!.X, 9);
        Assert.Equal(208.0 / 44, centroid.Y, 9);
    }

    [Fact]
    public void Holes_count_negative_whatever_the_ring_orientation()
    {
        // Left half of the square (50, centroid 2.5 5) less the hole [2,4]² (4, centroid 3 3).
        foreach (var wkt in new[]
        {
            "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (2 2, 2 4, 4 4, 4 2, 2 2))",
            "POLYGON ((0 0, 0 10, 10 10, 10 0, 0 0), (2 2, 4 2, 4 4, 2 4, 2 2))",
        })
        {
            var (area, centroid) = RegionMoments.Of(GeometryAssert.Read(wkt), LeftHalf);
            Assert.Equal(46, area, 9);
            Assert.Equal(113.0 / 46, centroid!.X, 9);
            Assert.Equal(238.0 / 46, centroid.Y, 9);
        }
    }

    [Fact]
    public void A_cut_that_splits_a_concave_region_in_two_still_measures_both_parts()
    {
        // U shape; above y = 5 only the prongs [0,3]×[5,10] and [7,10]×[5,10] remain: 30, centroid (5, 7.5).
        var region = GeometryAssert.Read("POLYGON ((0 0, 10 0, 10 10, 7 10, 7 3, 3 3, 3 10, 0 10, 0 0))");
        var upper = ConvexCell.FromEnvelope(new Envelope(0, 10, 0, 10)).Clip(new HalfPlane(0, -1, -5), 1);
        var (area, centroid) = RegionMoments.Of(region, upper);
        Assert.Equal(30, area, 9);
        Assert.Equal(5, centroid!.X, 9);
        Assert.Equal(7.5, centroid.Y, 9);
    }

    [Fact]
    public void A_cell_outside_the_region_has_no_area_and_no_centroid()
    {
        var region = GeometryAssert.Read("POLYGON ((6 0, 10 0, 10 10, 6 10, 6 0))");
        Assert.Equal((0.0, (Coordinate?)null), RegionMoments.Of(region, LeftHalf));
    }
}
