namespace GeoRelief.Core.Tiles.Packages;

/// <summary>What the header and metadata say about the archive: its metadata JSON, bounds and centre.</summary>
public sealed record PmTilesArchiveInfo(string MetadataJson, TileBounds Bounds, double CenterLongitude, double CenterLatitude, int CenterZoom);
