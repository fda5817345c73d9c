namespace GeoRelief.Data.Layers;

/// <summary>
/// One stored feature as read: its key, its ETag (MD5 of the stored row), a value per catalogued attribute in
/// <see cref="LayerDefinition.Fields"/> order, and its geometry as the reader was asked for it.
/// </summary>
/// <param name="GeoJson">The geometry as GeoJSON (<see cref="GeometryEncoding.GeoJson"/>).</param>
/// <param name="Lon">Longitude of a point (<see cref="GeometryEncoding.LonLatOrWkt"/>).</param>
/// <param name="Lat">Latitude of a point (<see cref="GeometryEncoding.LonLatOrWkt"/>).</param>
/// <param name="Wkt">Any other geometry as WKT (<see cref="GeometryEncoding.LonLatOrWkt"/>).</param>
public sealed record LayerRecord(
    string Key,
    string ETag,
    IReadOnlyList<object?> Values,
    string? GeoJson,
    double? Lon,
    double? Lat,
    string? Wkt);
