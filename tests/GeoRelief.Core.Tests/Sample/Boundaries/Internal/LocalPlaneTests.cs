using GeoRelief.Core.Sample.Boundaries.Internal;
using NetTopologySuite.Geometries;

namespace GeoRelief.Core.Tests.Sample.Boundaries.Internal;

public sealed class LocalPlaneTests
{
    private readonly LocalPlane plane = new(109.20, 26.68);

    [Fact]
    public void The_centre_is_the_origin()
    {
        var origin = plane.ToPlane(new Coordinate(109.20, 26.68));
        Assert.Equal(0, origin.X, 6);
        Assert.Equal(0, origin.Y, 6);
    }

    /// <summary>
    /// Meridian arc on GRS80 at 26.68°: 111132.954 − 559.822·cos 2φ + 1.175·cos 4φ = 110798.5 m per degree,
    /// so 0.01° north of the centre is 1108.0 m; 0.01° east is cos φ·N·π/180·0.01 = 995.3 m with
    /// N = a/√(1 − e²sin²φ) = 6382445 m.
    /// </summary>
    [Fact]
    public void Distances_near_the_centre_are_ellipsoidal_metres()
    {
        var north = plane.ToPlane(new Coordinate(109.20, 26.69));
        var east = plane.ToPlane(new Coordinate(109.21, 26.68));
        Assert.Equal(1107.98, north.Y, 0.5);
        Assert.Equal(0, north.X, 1e-6);
        Assert.Equal(995.3, east.X, 0.5);
    }

    [Fact]
    public void Round_trips_to_a_tenth_of_a_millimetre()
    {
        var back = plane.ToGeographic(plane.ToPlane(new Coordinate(109.65, 26.31)));
        Assert.Equal(109.65, back.X, 1e-9);
        Assert.Equal(26.31, back.Y, 1e-9);
    }
}
