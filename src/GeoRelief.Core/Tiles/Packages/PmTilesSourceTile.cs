namespace GeoRelief.Core.Tiles.Packages;

/// <summary>A tile to pack: where its (already compressed) bytes lie in the source stream; length 0 for an empty tile, which is left out.</summary>
public readonly record struct PmTilesSourceTile(TileAddress Tile, long Offset, int Length);
