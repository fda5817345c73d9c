using System.IO.Compression;
using System.Text;

namespace GeoRelief.Data.Imports;

/// <summary>Recognises a file's format from its name, or failing that from its first bytes.</summary>
public static class ImportFormats
{
    /// <summary>The first bytes of an OLE2 compound file, which an .xls workbook is.</summary>
    private static readonly byte[] CompoundFileSignature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <summary>The lower-case names used in reports and the API.</summary>
    public static string Name(ImportFormat format) => format switch
    {
        ImportFormat.GeoJson => "geojson",
        ImportFormat.Csv => "csv",
        ImportFormat.Shapefile => "shapefile",
        ImportFormat.Excel => "excel",
        _ => "geopackage",
    };

    /// <summary>
    /// Why a file of a GIS or office format GeoRelief does not read is refused, with the way to one it reads; null for
    /// any other name. Without this such a file would be read as a CSV and refused for columns it cannot have.
    /// </summary>
    public static string? NotImported(string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        var convert = $"convert it with GDAL (ogr2ogr -f GeoJSON out.geojson \"{Path.GetFileName(fileName)}\") and import the GeoJSON.";
        return extension switch
        {
            ".kml" or ".kmz" => $"'{fileName}' is KML (Google Earth, 奥维互动地图), which GeoRelief does not import: " + convert,
            ".gpx" or ".dxf" or ".tab" or ".mif" or ".gml" or ".mdb" => $"'{fileName}' is a {extension[1..].ToUpperInvariant()} file, which GeoRelief does not import: " + convert,
            ".dwg" => $"'{fileName}' is an AutoCAD drawing, which GeoRelief does not import: save it as DXF in AutoCAD, then " + convert,
            ".ods" or ".et" or ".numbers" => $"'{fileName}' is a spreadsheet format GeoRelief does not read: save the worksheet as .xlsx (or CSV UTF-8) and import that.",
            ".doc" or ".docx" or ".wps" or ".pdf" => $"'{fileName}' is a document, not a table: copy the table into a worksheet, save it as .xlsx (or CSV UTF-8) and import that.",
            _ => null,
        };
    }

    /// <summary>The format of the file at <paramref name="path"/>, named <paramref name="fileName"/> by its owner.</summary>
    public static ImportFormat Detect(string path, string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        switch (Path.GetExtension(fileName).ToLowerInvariant())
        {
            case ".geojson" or ".json":
                return ImportFormat.GeoJson;
            case ".csv" or ".txt":
                return ImportFormat.Csv;
            case ".zip" or ".shp":
                return ImportFormat.Shapefile;
            case ".gpkg":
                return ImportFormat.GeoPackage;
            case ".xlsx" or ".xlsm" or ".xls":
                return ImportFormat.Excel;
        }

        Span<byte> head = stackalloc byte[16];
        using (var stream = File.OpenRead(path))
        {
            head = head[..stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false)];
        }

        var start = Encoding.ASCII.GetString(head).TrimStart('\uFEFF', ' ', '\r', '\n', '\t');
        return start switch
        {
            _ when head.StartsWith(CompoundFileSignature) => ImportFormat.Excel,
            _ when start.StartsWith('{') => ImportFormat.GeoJson,
            _ when start.StartsWith("PK", StringComparison.Ordinal) => IsWorkbook(path) ? ImportFormat.Excel : ImportFormat.Shapefile,
            _ when start.StartsWith("SQLite format 3", StringComparison.Ordinal) => ImportFormat.GeoPackage,
            _ => ImportFormat.Csv,
        };
    }

    /// <summary>Whether a zip is an Office Open XML workbook (what an .xlsx is) rather than a zipped Shapefile.</summary>
    private static bool IsWorkbook(string path)
    {
        try
        {
            using var zip = ZipFile.OpenRead(path);
            return zip.GetEntry("xl/workbook.xml") is not null;
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }
}
