namespace GeoRelief.Server.Tiles;

/// <summary>A tile to send, and whether it came from the cache.</summary>
public sealed record TileResponse(CachedTile Tile, bool FromCache);
