using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace GeoRelief.Core.Tests.Sample.Boundaries;

/// <summary>"Geometry text in, geometry text out": compares normalised geometries read from WKT.</summary>
internal static class GeometryAssert
{
    private static readonly WKTReader Reader = new();

    public static Geometry Read(string wkt) => Reader.Read(wkt);

    /// <summary>Equal as normalised geometries, coordinates within <paramref name="tolerance"/>.</summary>
    public static void Equal(string expectedWkt, Geometry actual, double tolerance = 1e-9)
    {
        var expected = Read(expectedWkt).Normalized();
        var normalised = actual.Normalized();
        Assert.True(
            expected.EqualsExact(normalised, tolerance),
            $"expected {expected.AsText()}{Environment.NewLine}but got  {normalised.AsText()}");
    }
}
