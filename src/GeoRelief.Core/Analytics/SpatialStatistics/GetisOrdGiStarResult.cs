namespace GeoRelief.Core.Analytics.SpatialStatistics;

/// <summary>Getis–Ord Gi* of every unit, in unit order, with the parameters that produced it.</summary>
public sealed record GetisOrdGiStarResult
{
    /// <summary>One entry per unit, in the order of the weights.</summary>
    public required IReadOnlyList<GiStarUnit> Units { get; init; }

    /// <summary>Permutations run per unit (0 when none).</summary>
    public required int Permutations { get; init; }

    /// <summary>Seed of the permutations.</summary>
    public required int Seed { get; init; }

    /// <summary>Units without neighbours (category <see cref="HotSpotCategory.NoNeighbours"/>).</summary>
    public required IReadOnlyList<int> UnitsWithoutNeighbours { get; init; }
}
