namespace GeoRelief.Core.Analytics.SpatialStatistics;

/// <summary>Global Moran's I with its moments under normality and randomisation (Cliff and Ord 1981) and a permutation test.</summary>
public sealed record GlobalMoranResult
{
    /// <summary>Moran's I.</summary>
    public required double I { get; init; }

    /// <summary>Expected I under no autocorrelation, −1/(n − 1).</summary>
    public required double ExpectedI { get; init; }

    /// <summary>Variance of I under the normality assumption.</summary>
    public required double VarianceNormality { get; init; }

    /// <summary>Variance of I under randomisation.</summary>
    public required double VarianceRandomisation { get; init; }

    /// <summary>(I − E[I]) / √Var under normality.</summary>
    public required double ZNormality { get; init; }

    /// <summary>(I − E[I]) / √Var under randomisation.</summary>
    public required double ZRandomisation { get; init; }

    /// <summary>Two-sided p-value of <see cref="ZNormality"/>.</summary>
    public required double PValueNormality { get; init; }

    /// <summary>Two-sided p-value of <see cref="ZRandomisation"/>.</summary>
    public required double PValueRandomisation { get; init; }

    /// <summary>Permutation pseudo p-value (m + 1)/(permutations + 1); null when no permutations were run.</summary>
    public required double? PseudoPValue { get; init; }

    /// <summary>Number of permutations run.</summary>
    public required int Permutations { get; init; }

    /// <summary>Number of units.</summary>
    public required int UnitCount { get; init; }

    /// <summary>Units without neighbours; they count in n and the mean but add nothing to the cross-products.</summary>
    public required IReadOnlyList<int> UnitsWithoutNeighbours { get; init; }
}
