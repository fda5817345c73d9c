namespace GeoRelief.Core.Sample.Boundaries.Internal;

/// <summary>
/// SplitMix64 stream. Used instead of <see cref="Random"/> because its sequence is fully specified here:
/// a seed must give the same boundaries on every runtime version, and streams are derived from stable
/// keys (seed, county code, township code, edge) so no result depends on the order things are drawn in.
/// </summary>
internal sealed class SeededRandom
{
    private const ulong Golden = 0x9E3779B97F4A7C15UL;
    private ulong state;

    private SeededRandom(ulong state) => this.state = state;

    /// <summary>A stream determined only by the seed and the keys, in order.</summary>
    public static SeededRandom For(int seed, params ReadOnlySpan<long> keys)
    {
        var s = Mix(unchecked((ulong)seed + Golden));
        foreach (var key in keys)
        {
            s = Mix(s ^ Mix(unchecked((ulong)key + Golden)));
        }

        return new SeededRandom(s);
    }

    public ulong NextUInt64()
    {
        state = unchecked(state + Golden);
        return Mix(state);
    }

    /// <summary>Uniform in [0, 1) with 53 random bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    public double NextDouble(double min, double max) => min + ((max - min) * NextDouble());

    /// <summary>Standard normal deviate (Box–Muller; the second deviate is dropped to keep streams simple).</summary>
    public double NextGaussian()
    {
        var u1 = 1.0 - NextDouble();
        var u2 = NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    private static ulong Mix(ulong z)
    {
        unchecked
        {
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }
}
