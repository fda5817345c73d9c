namespace GeoRelief.Core.Tiles;

/// <summary>One decoded layer of a vector tile.</summary>
public sealed record VectorTileLayer(string Name, int Version, int Extent, IReadOnlyList<VectorTileFeature> Features);
