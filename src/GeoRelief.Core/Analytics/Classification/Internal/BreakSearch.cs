namespace GeoRelief.Core.Analytics.Classification.Internal;

/// <summary>Finds the class of a value among upper-bound breaks.</summary>
internal static class BreakSearch
{
    /// <summary>First class whose upper bound is at least the value; values beyond the last break go to the last class.</summary>
    public static int ClassOf(IReadOnlyList<double> breaks, double value)
    {
        var lo = 0;
        var hi = breaks.Count - 1;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (value <= breaks[mid])
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }

        return lo;
    }
}
