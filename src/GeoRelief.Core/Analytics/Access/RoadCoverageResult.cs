namespace GeoRelief.Core.Analytics.Access;

/// <summary>Coverage of the eligible settlements: each with its nearest road, and the totals (population-weighted = RAI).</summary>
public sealed record RoadCoverageResult
{
    /// <summary>The eligible settlements, in input order.</summary>
    public required IReadOnlyList<SettlementAccess> Settlements { get; init; }

    /// <summary>Eligible settlements within the threshold.</summary>
    public required int WithinThreshold { get; init; }

    /// <summary>Population of the eligible settlements.</summary>
    public required long Population { get; init; }

    /// <summary>Population of the eligible settlements within the threshold; Population­WithinThreshold / Population is the RAI.</summary>
    public required long PopulationWithinThreshold { get; init; }
}
