using GeoRelief.Core.Coordinates.Internal;

namespace GeoRelief.Core.Coordinates;

/// <summary>Conversions between BD-09 (Baidu), GCJ-02 and CGCS2000.</summary>
/// <remarks>
/// <para>
/// BD-09 is a second obfuscation on top of GCJ-02, in closed form with x_pi = π·3000/180:
/// z = √(x² + y²) + 2e-5·sin(y·x_pi), θ = atan2(y, x) + 3e-6·cos(x·x_pi), bd = (z·cos θ + 0.0065, z·sin θ + 0.006).
/// The widely copied closed-form inverse evaluates the sine and cosine at the BD-09 point instead of the GCJ-02 one,
/// so it is only approximate (measured over China: up to 1.9e-6°, 0.22 m); <see cref="ToGcj02"/> starts from it and
/// refines by the same fixed-point iteration as GCJ-02 to <see cref="Gcj02.InverseToleranceDegrees"/>.
/// No bounding box applies to this step: Baidu applies it everywhere it serves maps; the GCJ-02 step keeps its box.
/// </para>
/// </remarks>
public static class Bd09
{
    private const double XPi = Math.PI * 3000.0 / 180.0;
    private const double LonShift = 0.0065;
    private const double LatShift = 0.006;

    /// <summary>Converts a GCJ-02 position to BD-09.</summary>
    public static LonLat FromGcj02(LonLat gcj02)
    {
        var x = gcj02.Lon;
        var y = gcj02.Lat;
        var z = Math.Sqrt((x * x) + (y * y)) + (0.00002 * Math.Sin(y * XPi));
        var theta = Math.Atan2(y, x) + (0.000003 * Math.Cos(x * XPi));
        return new LonLat((z * Math.Cos(theta)) + LonShift, (z * Math.Sin(theta)) + LatShift);
    }

    /// <summary>Converts a BD-09 position to GCJ-02, exact to 1e-10° by refining the closed-form inverse.</summary>
    public static LonLat ToGcj02(LonLat bd09) =>
        FixedPointInverse.Solve(FromGcj02, bd09, ClosedFormInverse(bd09), Gcj02.InverseToleranceDegrees, Gcj02.MaxInverseIterations);

    /// <summary>Converts a CGCS2000/WGS84 position to BD-09 (through GCJ-02).</summary>
    public static LonLat FromCgcs2000(LonLat cgcs2000) => FromGcj02(Gcj02.FromCgcs2000(cgcs2000));

    /// <summary>Converts a BD-09 position to CGCS2000/WGS84 (through GCJ-02, both inverses iterative).</summary>
    public static LonLat ToCgcs2000(LonLat bd09) => Gcj02.ToCgcs2000(ToGcj02(bd09));

    /// <summary>The standard closed-form approximate inverse; kept internal so tests can measure how far off it is.</summary>
    internal static LonLat ClosedFormInverse(LonLat bd09)
    {
        var x = bd09.Lon - LonShift;
        var y = bd09.Lat - LatShift;
        var z = Math.Sqrt((x * x) + (y * y)) - (0.00002 * Math.Sin(y * XPi));
        var theta = Math.Atan2(y, x) - (0.000003 * Math.Cos(x * XPi));
        return new LonLat(z * Math.Cos(theta), z * Math.Sin(theta));
    }
}
