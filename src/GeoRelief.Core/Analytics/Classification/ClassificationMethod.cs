namespace GeoRelief.Core.Analytics.Classification;

/// <summary>How class breaks are chosen for a choropleth map.</summary>
public enum ClassificationMethod
{
    /// <summary>K classes of equal width between the minimum and the maximum.</summary>
    EqualInterval,

    /// <summary>K classes holding about the same number of values (linear-interpolated quantiles).</summary>
    Quantile,

    /// <summary>Fisher–Jenks natural breaks: the exact minimum of the within-class sum of squared deviations.</summary>
    FisherJenks,

    /// <summary>Head/tail breaks (Jiang 2013) for heavy-tailed data: split at the mean while the head stays small.</summary>
    HeadTail,

    /// <summary>Breaks given by the user.</summary>
    Manual,
}
