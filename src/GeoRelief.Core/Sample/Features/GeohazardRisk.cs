namespace GeoRelief.Core.Sample.Features;

/// <summary>Risk level of a geohazard zone.</summary>
public enum GeohazardRisk
{
    Low,
    Medium,
    High,
}
