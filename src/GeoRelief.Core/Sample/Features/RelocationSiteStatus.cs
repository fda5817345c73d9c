namespace GeoRelief.Core.Sample.Features;

/// <summary>Stage of a relocation site.</summary>
public enum RelocationSiteStatus
{
    Planned,
    UnderConstruction,
    Completed,
    MovedIn,
}
