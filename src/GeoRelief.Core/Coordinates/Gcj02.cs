using GeoRelief.Core.Coordinates.Internal;

namespace GeoRelief.Core.Coordinates;

/// <summary>Conversions between CGCS2000 (numerically WGS84) and GCJ-02, the system of AMap, Tencent and Google China.</summary>
/// <remarks>
/// <para>
/// Forward: the public GCJ-02 formula on the Krasovsky ellipsoid (a = 6378245.0, e² = 0.00669342162296594323).
/// It applies only inside the bounding box lon 72.004–137.8347°E, lat 0.8293–55.8271°N (the box used by the
/// common open-source implementations, bounds inclusive); outside it the position is returned unchanged.
/// </para>
/// <para>
/// Inverse: fixed-point iteration w ← w + (g − f(w)) from w = g until both components of g − f(w) are below
/// <see cref="InverseToleranceDegrees"/> (1e-10°, about 0.01 mm), at most <see cref="MaxInverseIterations"/> steps.
/// Over a 0.5° grid covering China (73.5–135°E, 18–53.5°N) five steps always suffice and forward(inverse(g))
/// reproduces g to 5e-13° (5e-8 m). The offset's derivative is below 0.01 (a 700 m offset varies by at most ~5 m
/// over its own length), so the distance to the exact inverse exceeds that residual by under 1 %: the result is far
/// inside the required 0.01 m. The naive one-step inverse g − (f(g) − g) is off by 6 cm at Tiananmen and up to
/// 4.85 m in the north-east (131°E 53.5°N), which is why it is not offered. The box test for the inverse is made on
/// the GCJ-02 input and the iteration uses the unbounded formula, so a point just inside the box edge inverts consistently.
/// </para>
/// </remarks>
public static class Gcj02
{
    /// <summary>Western bound of the box in which the offset applies, degrees.</summary>
    public const double MinLongitude = 72.004;

    /// <summary>Eastern bound of the box in which the offset applies, degrees.</summary>
    public const double MaxLongitude = 137.8347;

    /// <summary>Southern bound of the box in which the offset applies, degrees.</summary>
    public const double MinLatitude = 0.8293;

    /// <summary>Northern bound of the box in which the offset applies, degrees.</summary>
    public const double MaxLatitude = 55.8271;

    /// <summary>The iterative inverse stops when the forward image is this close to the input, in degrees on each axis.</summary>
    public const double InverseToleranceDegrees = 1e-10;

    /// <summary>Upper bound on inverse iterations; convergence inside China takes at most 5.</summary>
    public const int MaxInverseIterations = 10;

    /// <summary>True when the position lies in the bounding box where GCJ-02 differs from CGCS2000.</summary>
    public static bool IsInsideOffsetBox(LonLat p) =>
        p.Lon >= MinLongitude && p.Lon <= MaxLongitude && p.Lat >= MinLatitude && p.Lat <= MaxLatitude;

    /// <summary>Converts a CGCS2000/WGS84 position to GCJ-02.</summary>
    public static LonLat FromCgcs2000(LonLat cgcs2000) =>
        IsInsideOffsetBox(cgcs2000) ? Gcj02Offset.Apply(cgcs2000) : cgcs2000;

    /// <summary>Converts a GCJ-02 position to CGCS2000/WGS84 by iterating the forward formula.</summary>
    public static LonLat ToCgcs2000(LonLat gcj02) =>
        IsInsideOffsetBox(gcj02)
            ? FixedPointInverse.Solve(Gcj02Offset.Apply, gcj02, gcj02, InverseToleranceDegrees, MaxInverseIterations)
            : gcj02;
}
