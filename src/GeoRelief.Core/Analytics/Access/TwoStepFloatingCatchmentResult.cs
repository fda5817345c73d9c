namespace GeoRelief.Core.Analytics.Access;

/// <summary>2SFCA supply-to-demand ratios and accessibility scores.</summary>
public sealed record TwoStepFloatingCatchmentResult
{
    /// <summary>Rⱼ = Sⱼ / Σ Pₖ over demand within d0 of supply j; null when no demand is within reach.</summary>
    public required IReadOnlyList<double?> SupplyRatios { get; init; }

    /// <summary>Σ Pₖ over demand within d0 of each supply location (the denominator of Rⱼ).</summary>
    public required IReadOnlyList<double> CatchmentDemand { get; init; }

    /// <summary>Aᵢ = Σ Rⱼ over supply within d0 of demand location i (0 when none is).</summary>
    public required IReadOnlyList<double> Accessibility { get; init; }

    /// <summary>Number of supply locations within d0 of each demand location.</summary>
    public required IReadOnlyList<int> ReachableSupplyCounts { get; init; }

    /// <summary>Demand locations with no supply within d0 (e.g. villages whose poor households reach no industrial base).</summary>
    public required IReadOnlyList<int> DemandWithoutAccess { get; init; }

    /// <summary>The catchment d0 used.</summary>
    public required double CatchmentDistance { get; init; }
}
