using GeoRelief.Core.Sample.Boundaries.Internal;
using NetTopologySuite.Geometries;

namespace GeoRelief.Core.Tests.Sample.Boundaries.Internal;

public sealed class CountyOutlineTests
{
    private static readonly GeometryFactory Factory = new();

    /// <summary>Roughness 0 leaves a regular polygon: 16 vertices on the unit circle have area 8·sin(π/8).</summary>
    [Fact]
    public void Without_roughness_the_outline_is_a_regular_polygon_of_the_area()
    {
        var ring = CountyOutline.Build(8 * Math.Sin(Math.PI / 8), 16, 0, SeededRandom.For(1));
        Assert.Equal(17, ring.Length);
        Assert.Equal(1, ring[0].X, 9);
        Assert.Equal(0, ring[0].Y, 9);
        Assert.Equal(0, ring[4].X, 9);
        Assert.Equal(1, ring[4].Y, 9);
        Assert.All(ring, c => Assert.Equal(1, Math.Sqrt((c.X * c.X) + (c.Y * c.Y)), 9));
    }

    [Fact]
    public void A_rough_outline_is_simple_irregular_centred_and_of_the_exact_area()
    {
        for (var seed = 0; seed < 20; seed++)
        {
            var polygon = Factory.CreatePolygon(CountyOutline.Build(1597e6, 560, 0.25, SeededRandom.For(seed)));
            Assert.True(polygon.IsValid);
            Assert.True(polygon.Shell.IsCCW);
            Assert.Equal(1597e6, polygon.Area, 1.0);
            Assert.Equal(0, polygon.Centroid.X, 1e-6);
            Assert.Equal(0, polygon.Centroid.Y, 1e-6);
            Assert.True(polygon.Area < 0.95 * polygon.ConvexHull().Area, "not a convex blob");
            Assert.Equal(561, polygon.NumPoints);
        }
    }
}
