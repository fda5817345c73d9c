namespace GeoRelief.Core.Siting.Criteria;

/// <summary>Geohazard susceptibility of a site.</summary>
public enum HazardLevel
{
    /// <summary>No geohazard zone within the susceptibility radius.</summary>
    None,

    /// <summary>Low risk.</summary>
    Low,

    /// <summary>Medium risk.</summary>
    Medium,

    /// <summary>High risk.</summary>
    High,
}
