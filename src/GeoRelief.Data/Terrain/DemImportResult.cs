namespace GeoRelief.Data.Terrain;

/// <summary>What an elevation import stored.</summary>
/// <param name="Name">The name given to the tiles (the file name).</param>
/// <param name="SourceCrs">The input's coordinate system, as GDAL names it.</param>
/// <param name="Width">Cells west–east after reprojection to EPSG:4490.</param>
/// <param name="Height">Cells north–south after reprojection.</param>
/// <param name="CellSizeDegrees">The cell size in degrees (square cells).</param>
/// <param name="West">Western edge, degrees.</param>
/// <param name="South">Southern edge, degrees.</param>
/// <param name="East">Eastern edge, degrees.</param>
/// <param name="North">Northern edge, degrees.</param>
/// <param name="Tiles">Raster tiles stored (tiles with no elevation at all are left out).</param>
/// <param name="ReplacedTiles">Tiles of the previous elevation raster removed.</param>
/// <param name="AdminUnits">Administrative units the raster's extent overlaps.</param>
/// <param name="MinimumElevation">Lowest elevation, metres.</param>
/// <param name="MaximumElevation">Highest elevation, metres.</param>
public sealed record DemImportResult(
    string Name,
    string SourceCrs,
    int Width,
    int Height,
    double CellSizeDegrees,
    double West,
    double South,
    double East,
    double North,
    int Tiles,
    int ReplacedTiles,
    long AdminUnits,
    double MinimumElevation,
    double MaximumElevation);
