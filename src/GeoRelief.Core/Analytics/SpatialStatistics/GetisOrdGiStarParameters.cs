namespace GeoRelief.Core.Analytics.SpatialStatistics;

/// <summary>Options of <see cref="GetisOrdGiStarOp"/>.</summary>
public sealed class GetisOrdGiStarParameters
{
    /// <summary>Conditional permutations per unit for a pseudo p-value beside the normal one; 0 skips them.</summary>
    public int Permutations { get; init; } = 999;

    /// <summary>Seed of the permutations.</summary>
    public int Seed { get; init; } = 12345;
}
