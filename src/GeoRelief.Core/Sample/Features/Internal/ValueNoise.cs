namespace GeoRelief.Core.Sample.Features.Internal;

/// <summary>Smooth lattice noise in [0, 1] from integer hashing: deterministic and runtime-independent.</summary>
internal static class ValueNoise
{
    /// <summary>Noise at (x, y) in lattice units; octaves halve the wavelength and the amplitude.</summary>
    public static double Fractal(ulong seed, double x, double y, int octaves)
    {
        var sum = 0.0;
        var amplitude = 1.0;
        var norm = 0.0;
        for (var o = 0; o < octaves; o++)
        {
            sum += amplitude * At(seed + (ulong)o, x, y);
            norm += amplitude;
            amplitude *= 0.5;
            x *= 2;
            y *= 2;
        }

        return sum / norm;
    }

    public static double At(ulong seed, double x, double y)
    {
        var ix = (long)Math.Floor(x);
        var iy = (long)Math.Floor(y);
        var fx = Smooth(x - ix);
        var fy = Smooth(y - iy);
        var a = Lattice(seed, ix, iy);
        var b = Lattice(seed, ix + 1, iy);
        var c = Lattice(seed, ix, iy + 1);
        var d = Lattice(seed, ix + 1, iy + 1);
        return (a + ((b - a) * fx)) + (((c + ((d - c) * fx)) - (a + ((b - a) * fx))) * fy);
    }

    private static double Smooth(double t) => t * t * (3 - (2 * t));

    private static double Lattice(ulong seed, long x, long y)
    {
        var h = seed ^ ((ulong)x * 0x9E3779B97F4A7C15UL) ^ ((ulong)y * 0xC2B2AE3D27D4EB4FUL);
        h = (h ^ (h >> 30)) * 0xBF58476D1CE4E5B9UL;
        h = (h ^ (h >> 27)) * 0x94D049BB133111EBUL;
        h ^= h >> 31;
        return (h >> 11) * (1.0 / (1UL << 53));
    }
}
