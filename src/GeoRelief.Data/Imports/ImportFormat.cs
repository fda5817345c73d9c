namespace GeoRelief.Data.Imports;

/// <summary>The file formats GeoRelief imports.</summary>
public enum ImportFormat
{
    /// <summary>GeoJSON FeatureCollection (RFC 7946), streamed.</summary>
    GeoJson,

    /// <summary>CSV with longitude/latitude columns or a WKT column (UTF-8, GBK or GB18030).</summary>
    Csv,

    /// <summary>ESRI Shapefile, zipped with its .dbf, .shx, .prj and .cpg (read by ogr2ogr).</summary>
    Shapefile,

    /// <summary>OGC GeoPackage (read by ogr2ogr).</summary>
    GeoPackage,

    /// <summary>Excel workbook (.xlsx, .xls): one worksheet, read like a CSV.</summary>
    Excel,
}
