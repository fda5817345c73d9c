namespace GeoRelief.Core.Sample.Features;

/// <summary>Whether a road can be driven on today.</summary>
public enum RoadStatus
{
    Existing,
    UnderConstruction,
    Planned,
}
