namespace GeoRelief.Core.Analytics.SpatialStatistics.Internal;

/// <summary>Permutation pseudo p-values, folded so either tail counts as the extreme one (as PySAL esda does).</summary>
internal static class PseudoPValue
{
    /// <summary>
    /// (m + 1) / (permutations + 1), where m is the smaller of the counts of simulated values at or above and at or
    /// below the observed one. Counting ties on both sides (esda counts them only above) keeps a statistic that cannot
    /// vary, such as a local Moran's I of a value exactly at the mean, from looking significant.
    /// </summary>
    public static double FromCounts(int atOrAbove, int atOrBelow, int permutations) =>
        (Math.Min(atOrAbove, atOrBelow) + 1.0) / (permutations + 1.0);
}
