namespace GeoRelief.Data.Layers;

/// <summary>A longitude/latitude box in EPSG:4490 degrees.</summary>
public sealed record BoundingBox(double MinLon, double MinLat, double MaxLon, double MaxLat);
