namespace GeoRelief.Server.Tiles.Packages;

/// <summary>
/// The package written: its path and format, the tiles it holds (<see cref="DistinctTiles"/> of them stored once each;
/// MBTiles stores every tile), the zooms of those tiles, and how many tiles came from an earlier, interrupted run.
/// </summary>
public sealed record TilePackageSeedResult(
    string Path, TilePackageFormat Format, long Tiles, long DistinctTiles, int MinZoom, int MaxZoom, int Rendered, int Resumed);
