namespace GeoRelief.Core.Analytics.Classification.Internal;

/// <summary>Head/tail breaks (Jiang 2013, "Head/tail breaks: a new classification scheme for data with a heavy-tailed distribution").</summary>
internal static class HeadTailBreaks
{
    /// <summary>
    /// Splits at the mean of the current head while the head (values above the mean) is non-empty and below
    /// <paramref name="headLimit"/> of the values being split, and while fewer than <paramref name="maxClasses"/> classes exist.
    /// </summary>
    public static double[] Compute(double[] sorted, int maxClasses, double headLimit)
    {
        var breaks = new List<double>();
        var start = 0;
        while (breaks.Count + 1 < maxClasses)
        {
            var count = sorted.Length - start;
            var sum = 0.0;
            for (var i = start; i < sorted.Length; i++)
            {
                sum += sorted[i];
            }

            var mean = sum / count;
            var headStart = start;
            while (headStart < sorted.Length && sorted[headStart] <= mean)
            {
                headStart++;
            }

            var headCount = sorted.Length - headStart;
            if (headCount == 0 || headCount >= headLimit * count)
            {
                break;
            }

            breaks.Add(mean);
            start = headStart;
        }

        breaks.Add(sorted[^1]);
        return [.. breaks];
    }
}
