namespace GeoRelief.Data.Tiles;

/// <summary>One attribute of a tile layer's features: name, TileJSON type (String, Number or Boolean) and meaning.</summary>
public sealed record TileLayerField(string Name, string Type, string Description);
