using GeoRelief.Core.Tiles.Packages;

namespace GeoRelief.Server.Tiles.Packages;

/// <summary>The archive written, its header, and how many tiles came from an earlier, interrupted run.</summary>
public sealed record TilePackageSeedResult(string Path, PmTilesHeader Header, int Rendered, int Resumed);
