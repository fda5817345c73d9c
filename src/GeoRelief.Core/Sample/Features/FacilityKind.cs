namespace GeoRelief.Core.Sample.Features;

/// <summary>Destinations of access analysis.</summary>
public enum FacilityKind
{
    TownshipSeat,
    School,
    Clinic,
    Market,
}
