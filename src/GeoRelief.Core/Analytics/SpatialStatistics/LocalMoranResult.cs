namespace GeoRelief.Core.Analytics.SpatialStatistics;

/// <summary>Local Moran's I (LISA) of every unit, in unit order, with the parameters that produced it.</summary>
public sealed record LocalMoranResult
{
    /// <summary>One entry per unit, in the order of the weights.</summary>
    public required IReadOnlyList<LocalMoranUnit> Units { get; init; }

    /// <summary>Permutations run per unit.</summary>
    public required int Permutations { get; init; }

    /// <summary>Seed of the permutations.</summary>
    public required int Seed { get; init; }

    /// <summary>Significance level used for the labels.</summary>
    public required double Alpha { get; init; }

    /// <summary>Units without neighbours (labelled <see cref="LisaCluster.NoNeighbours"/>).</summary>
    public required IReadOnlyList<int> UnitsWithoutNeighbours { get; init; }
}
