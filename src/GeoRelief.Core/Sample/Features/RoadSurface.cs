namespace GeoRelief.Core.Sample.Features;

/// <summary>Road surface; asphalt, concrete and paved count as hardened (DOMAIN.md).</summary>
public enum RoadSurface
{
    Asphalt,
    Concrete,
    Paved,
    Gravel,
    Earth,
}
