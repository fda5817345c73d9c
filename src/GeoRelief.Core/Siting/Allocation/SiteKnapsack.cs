namespace GeoRelief.Core.Siting.Allocation;

/// <summary>
/// One site's 0-1 knapsack of <see cref="AllocationLagrangianOp"/>: min Σ_v r_v·x_v subject to Σ_v h_v·x_v ≤ C, solved
/// exactly by dynamic programming over whole households (only villages with r_v &lt; 0 can lower the value). Keeps
/// the table of the last solve, so <see cref="Best"/> answers "the least value within a smaller capacity".
/// </summary>
internal sealed class SiteKnapsack
{
    private readonly int capacity;
    private readonly double[] best;
    private readonly List<int> items = [];
    private bool[] taken = [];

    public SiteKnapsack(int capacity)
    {
        this.capacity = capacity;
        best = new double[capacity + 1];
    }

    /// <summary>
    /// Solves for reduced costs <paramref name="value"/> (NaN: the village may not go here) and households
    /// <paramref name="weight"/>; returns the least value and fills <paramref name="chosen"/> with the villages taken.
    /// </summary>
    public double Solve(ReadOnlySpan<double> value, ReadOnlySpan<int> weight, List<int> chosen)
    {
        items.Clear();
        for (var v = 0; v < value.Length; v++)
        {
            if (value[v] < 0 && weight[v] <= capacity)
            {
                items.Add(v);
            }
        }

        var width = capacity + 1;
        if (taken.Length < items.Count * width)
        {
            taken = new bool[items.Count * width];
        }

        Array.Fill(best, 0);
        for (var k = 0; k < items.Count; k++)
        {
            var w = weight[items[k]];
            var r = value[items[k]];
            var row = taken.AsSpan(k * width, width);
            row.Clear();
            for (var c = capacity; c >= w; c--)
            {
                var with = best[c - w] + r;
                if (with < best[c])
                {
                    best[c] = with;
                    row[c] = true;
                }
            }
        }

        chosen.Clear();
        var left = capacity;
        for (var k = items.Count - 1; k >= 0; k--)
        {
            if (taken[(k * width) + left])
            {
                chosen.Add(items[k]);
                left -= weight[items[k]];
            }
        }

        return best[capacity];
    }

    /// <summary>
    /// The least value within <paramref name="room"/> households without village <paramref name="left"/>: the exact
    /// knapsack behind a forced or forbidden pair (values only; the table of the last solve is kept).
    /// </summary>
    public double Without(ReadOnlySpan<double> value, ReadOnlySpan<int> weight, int left, int room)
    {
        if (room < 0)
        {
            return double.PositiveInfinity;
        }

        room = Math.Min(room, capacity);
        Span<double> least = room < 4096 ? stackalloc double[room + 1] : new double[room + 1];
        least.Clear();
        foreach (var v in items)
        {
            if (v == left)
            {
                continue;
            }

            var w = weight[v];
            var r = value[v];
            for (var c = room; c >= w; c--)
            {
                least[c] = Math.Min(least[c], least[c - w] + r);
            }
        }

        return least[room];
    }

    /// <summary>The least value of the last solve within <paramref name="room"/> households (+∞ below 0).</summary>
    public double Best(int room) => room < 0 ? double.PositiveInfinity : best[Math.Min(room, capacity)];
}
