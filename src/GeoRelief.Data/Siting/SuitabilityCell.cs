using GeoRelief.Core.Siting.Criteria;

namespace GeoRelief.Data.Siting;

/// <summary>One stored grid cell with its square (GeoJSON, EPSG:4490) and its terrain aspect.</summary>
/// <param name="AspectValue">The stored aspect: degrees clockwise from north, negative (−2 in the run's band 5) where flat, null without DEM.</param>
public sealed record SuitabilityCell(
    int Row, int Column, double Suitability, double Score, string Class, IReadOnlyList<string> Failed, string? MainObstacle, string GeometryGeoJson,
    [property: System.Text.Json.Serialization.JsonIgnore] double? AspectValue)
{
    /// <summary>Aspect in degrees clockwise from north; null where flat or without DEM.</summary>
    public double? AspectDegrees => Aspect.Degrees(AspectValue) is { } d ? Math.Round(d, 1) : null;

    /// <summary>The compass direction the cell faces, "flat", or null without DEM.</summary>
    public string? AspectDirection => Aspect.Direction(AspectValue);
}
