namespace GeoRelief.Data.Layers;

/// <summary>
/// A feature as checked input, ready to write: a value (or null for "not given") for every writable attribute of
/// the layer, in <see cref="LayerDefinition.WritableFields"/> order, and the geometry as EWKB in EPSG:4490.
/// </summary>
public sealed record FeatureInput(LayerKey Key, IReadOnlyList<object?> Values, byte[]? Geometry);
