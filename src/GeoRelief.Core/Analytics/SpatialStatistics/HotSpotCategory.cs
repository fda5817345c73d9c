namespace GeoRelief.Core.Analytics.SpatialStatistics;

/// <summary>Gi* hot/cold spot class by confidence of the two-sided normal p-value (≤ 0.01, 0.05, 0.10).</summary>
public enum HotSpotCategory
{
    /// <summary>p &gt; 0.10.</summary>
    NotSignificant,

    /// <summary>Positive z, 99 % confidence.</summary>
    HotSpot99,

    /// <summary>Positive z, 95 % confidence.</summary>
    HotSpot95,

    /// <summary>Positive z, 90 % confidence.</summary>
    HotSpot90,

    /// <summary>Negative z, 90 % confidence.</summary>
    ColdSpot90,

    /// <summary>Negative z, 95 % confidence.</summary>
    ColdSpot95,

    /// <summary>Negative z, 99 % confidence.</summary>
    ColdSpot99,

    /// <summary>The unit has no neighbour, so its Gi* would only restate its own value.</summary>
    NoNeighbours,
}
