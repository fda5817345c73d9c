namespace GeoRelief.Core.Siting.Criteria;

/// <summary>How a slope is expressed: degrees from horizontal, or percent rise (100·tan θ; 100 % = 45°).</summary>
public enum SlopeUnit
{
    /// <summary>Degrees (0–90).</summary>
    Degrees,

    /// <summary>Percent rise over run (0–∞).</summary>
    Percent,
}
