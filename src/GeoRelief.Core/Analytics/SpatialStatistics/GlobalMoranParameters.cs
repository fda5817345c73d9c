namespace GeoRelief.Core.Analytics.SpatialStatistics;

/// <summary>Options of <see cref="GlobalMoranOp"/>.</summary>
public sealed class GlobalMoranParameters
{
    /// <summary>Random permutations for the pseudo p-value; 0 skips the permutation test.</summary>
    public int Permutations { get; init; } = 999;

    /// <summary>Seed of the permutations, so the same input always gives the same pseudo p-value.</summary>
    public int Seed { get; init; } = 12345;
}
