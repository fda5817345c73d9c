namespace GeoRelief.Server.Tiles.Packages;

/// <summary>The file format of a tile package, chosen by the output file's extension.</summary>
public enum TilePackageFormat
{
    /// <summary>PMTiles v3 (<c>.pmtiles</c>): one file read by range requests; served by <c>/tiles/packages</c>.</summary>
    PmTiles,

    /// <summary>MBTiles 1.3 (<c>.mbtiles</c>): an SQLite database, read by GDAL, QGIS and most tile servers.</summary>
    MbTiles,
}
