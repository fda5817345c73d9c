namespace GeoRelief.Core.Tiles.Packages;

/// <summary>
/// A directory entry: <see cref="RunLength"/> consecutive tile ids from <see cref="TileId"/> share the bytes at
/// <see cref="Offset"/> (relative to the tile data section); run length 0 points at a leaf directory instead.
/// </summary>
public readonly record struct PmTilesEntry(ulong TileId, ulong Offset, uint Length, uint RunLength);
