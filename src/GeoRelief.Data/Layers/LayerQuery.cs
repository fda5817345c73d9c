namespace GeoRelief.Data.Layers;

/// <summary>Which features of a layer to list: within a unit (code prefix of the located codes), in a box, one page.</summary>
/// <param name="Within">A validated NBS code; null for everywhere.</param>
/// <param name="Limit">At most this many; null for all (exports).</param>
public sealed record LayerQuery(string? Within, BoundingBox? Bbox, int? Limit, int Offset);
