namespace GeoRelief.Core.Analytics.Classification.Internal;

/// <summary>Breaks at the i/k quantiles.</summary>
internal static class QuantileBreaks
{
    /// <summary>
    /// Quantiles by linear interpolation between order statistics (Hyndman–Fan type 7, the numpy and R default,
    /// which is what mapclassify reports); coinciding breaks from tied values are merged.
    /// </summary>
    public static double[] Compute(double[] sorted, int k)
    {
        var n = sorted.Length;
        var breaks = new List<double>(k);
        for (var i = 1; i < k; i++)
        {
            var h = (n - 1) * (double)i / k;
            var lo = (int)Math.Floor(h);
            var q = lo + 1 < n ? sorted[lo] + ((h - lo) * (sorted[lo + 1] - sorted[lo])) : sorted[lo];
            if (breaks.Count == 0 || q > breaks[^1])
            {
                breaks.Add(q);
            }
        }

        if (breaks.Count == 0 || sorted[^1] > breaks[^1])
        {
            breaks.Add(sorted[^1]);
        }

        return [.. breaks];
    }
}
