namespace GeoRelief.Data.Siting;

/// <summary>One stored grid cell with its square (GeoJSON, EPSG:4490).</summary>
public sealed record SuitabilityCell(
    int Row, int Column, double Suitability, double Score, string Class, IReadOnlyList<string> Failed, string? MainObstacle, string GeometryGeoJson);
