namespace GeoRelief.Server.Apis.Siting;

/// <summary>An evaluated grid: where to get it (tiles, GeoTIFF, cells) and how its cells fall.</summary>
public sealed record GridRunResult(
    long Run,
    string Area,
    double CellSizeMetres,
    int Srid,
    int Cells,
    IReadOnlyDictionary<string, int> CellsPerClass,
    IReadOnlyDictionary<string, int> CellsFailingConstraint,
    string Tiles,
    string GeoTiff,
    string CellsUrl,
    double Seconds);
