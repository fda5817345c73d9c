namespace GeoRelief.Server.Tiles;

/// <summary>Tile bytes and their strong ETag (a hash of the bytes, quoted).</summary>
public sealed record CachedTile(byte[] Bytes, string ETag);
