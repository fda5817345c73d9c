namespace GeoRelief.Core.Analytics.Classification.Internal;

/// <summary>Breaks of k classes of equal width.</summary>
internal static class EqualIntervalBreaks
{
    /// <summary>Upper bounds min + i·(max − min)/k; the last is the maximum itself so rounding never leaves it out.</summary>
    public static double[] Compute(double[] sorted, int k)
    {
        var min = sorted[0];
        var max = sorted[^1];
        var width = (max - min) / k;
        var breaks = new double[k];
        for (var i = 0; i < k - 1; i++)
        {
            breaks[i] = min + (width * (i + 1));
        }

        breaks[k - 1] = max;
        return breaks;
    }
}
