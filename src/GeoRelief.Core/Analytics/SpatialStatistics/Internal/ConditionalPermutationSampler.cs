namespace GeoRelief.Core.Analytics.SpatialStatistics.Internal;

/// <summary>
/// Draws, for one unit, a random set of other units to stand in for its neighbours (conditional randomisation,
/// Anselin 1995): the unit's own value stays fixed, the neighbours' values are drawn without replacement from the rest.
/// </summary>
internal sealed class ConditionalPermutationSampler
{
    private readonly int[] pool;
    private readonly int[] position;
    private readonly Random random;

    public ConditionalPermutationSampler(int unitCount, int seed)
    {
        pool = new int[unitCount];
        position = new int[unitCount];
        for (var i = 0; i < unitCount; i++)
        {
            pool[i] = i;
            position[i] = i;
        }

        random = new Random(seed);
    }

    /// <summary>Fills <paramref name="sample"/> with distinct unit indices, none equal to <paramref name="exclude"/>.</summary>
    public void Draw(int exclude, Span<int> sample)
    {
        // Park the excluded unit at the end, then a partial Fisher–Yates shuffle of the rest. The pool stays a
        // permutation of all units, so nothing needs resetting between draws.
        var last = pool.Length - 1;
        Swap(position[exclude], last);
        for (var t = 0; t < sample.Length; t++)
        {
            Swap(t, t + random.Next(last - t));
            sample[t] = pool[t];
        }
    }

    private void Swap(int a, int b)
    {
        (pool[a], pool[b]) = (pool[b], pool[a]);
        position[pool[a]] = a;
        position[pool[b]] = b;
    }
}
