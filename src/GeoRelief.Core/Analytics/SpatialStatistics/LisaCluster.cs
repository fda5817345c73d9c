namespace GeoRelief.Core.Analytics.SpatialStatistics;

/// <summary>Cluster label of a unit in a LISA map.</summary>
public enum LisaCluster
{
    /// <summary>Not significant at the chosen α.</summary>
    NotSignificant,

    /// <summary>High value among high neighbours (hot spot).</summary>
    HighHigh,

    /// <summary>Low value among low neighbours (cold spot).</summary>
    LowLow,

    /// <summary>High value among low neighbours (spatial outlier).</summary>
    HighLow,

    /// <summary>Low value among high neighbours (spatial outlier).</summary>
    LowHigh,

    /// <summary>The unit has no neighbour, so no local statistic exists for it.</summary>
    NoNeighbours,
}
