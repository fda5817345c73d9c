namespace GeoRelief.Data.Siting;

/// <summary>A candidate site: an id and a GeoJSON Point or Polygon geometry in EPSG:4490.</summary>
public sealed record SitingCandidate(string Id, string GeometryGeoJson);
