namespace GeoRelief.Data.Ogc;

/// <summary>One feature as GeoJSON parts: its id, its properties (a JSON object) and its geometry (a GeoJSON geometry).</summary>
public sealed record OgcFeature(string Id, string PropertiesJson, string GeometryJson);
