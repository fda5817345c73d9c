namespace GeoRelief.Core.Analytics.SpatialStatistics;

/// <summary>Options of <see cref="LocalMoranOp"/>.</summary>
public sealed class LocalMoranParameters
{
    /// <summary>Conditional permutations per unit for the pseudo p-values (at least 1; 999 is usual).</summary>
    public int Permutations { get; init; } = 999;

    /// <summary>Seed of the permutations, so the same input always gives the same p-values and labels.</summary>
    public int Seed { get; init; } = 12345;

    /// <summary>Significance level for the HH/LL/HL/LH labels (pseudo p ≤ α).</summary>
    public double Alpha { get; init; } = 0.05;
}
