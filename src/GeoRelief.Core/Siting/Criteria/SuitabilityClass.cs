namespace GeoRelief.Core.Siting.Criteria;

/// <summary>The class of a site's suitability.</summary>
public enum SuitabilityClass
{
    /// <summary>Fails at least one hard constraint.</summary>
    Excluded,

    /// <summary>Below the marginal break.</summary>
    Unsuitable,

    /// <summary>Between the marginal and suitable breaks.</summary>
    Marginal,

    /// <summary>Between the suitable and highly-suitable breaks.</summary>
    Suitable,

    /// <summary>At or above the highly-suitable break.</summary>
    HighlySuitable,
}
