namespace GeoRelief.Core.Coordinates.Internal;

/// <summary>
/// The published GCJ-02 offset, on the Krasovsky ellipsoid, without the bounding-box test
/// (callers decide where it applies so that the forward map and its inverse stay consistent).
/// </summary>
internal static class Gcj02Offset
{
    private const double KrasovskySemiMajorAxis = 6378245.0;
    private const double KrasovskyEccentricitySquared = 0.00669342162296594323;
    private const double TwoThirds = 2.0 / 3.0;

    /// <summary>The GCJ-02 position of a CGCS2000/WGS84 position.</summary>
    public static LonLat Apply(LonLat p)
    {
        var (dLon, dLat) = Delta(p.Lon, p.Lat);
        return new LonLat(p.Lon + dLon, p.Lat + dLat);
    }

    /// <summary>The offset in degrees added to a CGCS2000/WGS84 position.</summary>
    public static (double DLon, double DLat) Delta(double lon, double lat)
    {
        // The obfuscation is a polynomial-plus-sines surface in metres-like units over (lon − 105, lat − 35),
        // converted to degrees with the Krasovsky radii of curvature at the point's latitude.
        var x = lon - 105.0;
        var y = lat - 35.0;
        var xPi = x * Math.PI;
        var yPi = y * Math.PI;
        var sqrtAbsX = Math.Sqrt(Math.Abs(x));
        var shared = ((20.0 * Math.Sin(6.0 * xPi)) + (20.0 * Math.Sin(2.0 * xPi))) * TwoThirds;

        var northing = -100.0 + (2.0 * x) + (3.0 * y) + (0.2 * y * y) + (0.1 * x * y) + (0.2 * sqrtAbsX)
            + shared
            + (((20.0 * Math.Sin(yPi)) + (40.0 * Math.Sin(yPi / 3.0))) * TwoThirds)
            + (((160.0 * Math.Sin(yPi / 12.0)) + (320.0 * Math.Sin(yPi / 30.0))) * TwoThirds);
        var easting = 300.0 + x + (2.0 * y) + (0.1 * x * x) + (0.1 * x * y) + (0.1 * sqrtAbsX)
            + shared
            + (((20.0 * Math.Sin(xPi)) + (40.0 * Math.Sin(xPi / 3.0))) * TwoThirds)
            + (((150.0 * Math.Sin(xPi / 12.0)) + (300.0 * Math.Sin(xPi / 30.0))) * TwoThirds);

        var radLat = lat * Math.PI / 180.0;
        var sinLat = Math.Sin(radLat);
        var magic = 1.0 - (KrasovskyEccentricitySquared * sinLat * sinLat);
        var sqrtMagic = Math.Sqrt(magic);
        var meridianRadius = KrasovskySemiMajorAxis * (1.0 - KrasovskyEccentricitySquared) / (magic * sqrtMagic);
        var parallelRadius = KrasovskySemiMajorAxis / sqrtMagic * Math.Cos(radLat);
        var dLat = northing * 180.0 / (meridianRadius * Math.PI);
        var dLon = easting * 180.0 / (parallelRadius * Math.PI);
        return (dLon, dLat);
    }
}
