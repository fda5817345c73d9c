namespace GeoRelief.Core.Sample.Features.Internal;

/// <summary>
/// Splits an integer total in proportion to weights, with per-item caps, by the largest-remainder
/// method. Calibrated totals must come out exact, which rounding each share alone would not give.
/// </summary>
internal static class Apportionment
{
    public static int[] Distribute(int total, IReadOnlyList<double> weights) =>
        Distribute(total, weights, null);

    public static int[] Distribute(int total, IReadOnlyList<double> weights, IReadOnlyList<int>? caps)
    {
        var n = weights.Count;
        var result = new int[n];
        var capOf = (int i) => caps is null ? int.MaxValue : caps[i];
        if (caps is not null && caps.Sum(c => (long)c) < total)
        {
            throw new InvalidOperationException($"Cannot distribute {total}: the caps allow only {caps.Sum(c => (long)c)}.");
        }

        var open = Enumerable.Range(0, n).Where(i => capOf(i) > 0).ToList();
        var remaining = total;

        // Water-filling: items whose share exceeds their cap are filled to the cap and leave the pool.
        while (remaining > 0 && open.Count > 0)
        {
            var weightSum = open.Sum(i => Math.Max(0, weights[i]));
            var shareOf = (int i) => weightSum > 0 ? remaining * Math.Max(0, weights[i]) / weightSum : (double)remaining / open.Count;
            var capped = open.Where(i => shareOf(i) >= capOf(i)).ToList();
            if (capped.Count == 0)
            {
                var floors = open.Select(i => (Index: i, Share: shareOf(i))).ToList();
                foreach (var (index, share) in floors)
                {
                    result[index] = (int)Math.Floor(share);
                }

                var left = remaining - floors.Sum(f => result[f.Index]);
                foreach (var (index, _) in floors
                    .Where(f => result[f.Index] < capOf(f.Index))
                    .OrderByDescending(f => f.Share - Math.Floor(f.Share))
                    .ThenBy(f => f.Index)
                    .Take(left))
                {
                    result[index]++;
                }

                return result;
            }

            foreach (var i in capped)
            {
                result[i] = capOf(i);
                remaining -= capOf(i);
            }

            open = open.Except(capped).ToList();
        }

        return result;
    }
}
