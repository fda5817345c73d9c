namespace GeoRelief.Core.Analytics.SpatialStatistics.Internal;

/// <summary>Permutation pseudo p-values, folded so either tail counts as the extreme one (the PySAL esda convention).</summary>
internal static class PseudoPValue
{
    /// <summary>(m + 1) / (permutations + 1), where m counts simulated values at or beyond the observed one on its side.</summary>
    public static double FromCount(int atOrAbove, int permutations)
    {
        var extreme = Math.Min(atOrAbove, permutations - atOrAbove);
        return (extreme + 1.0) / (permutations + 1.0);
    }
}
