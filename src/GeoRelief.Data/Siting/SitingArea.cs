namespace GeoRelief.Data.Siting;

/// <summary>The area a grid covers: an administrative unit by code, or a GeoJSON polygon in EPSG:4490.</summary>
public sealed record SitingArea(string? Code, string? GeoJson)
{
    /// <summary>How the area is named in stored runs: the code, or "polygon".</summary>
    public string Label => Code ?? "polygon";
}
