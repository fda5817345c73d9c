using System.Text;

namespace GeoRelief.Data.Imports;

/// <summary>Recognises a file's format from its name, or failing that from its first bytes.</summary>
public static class ImportFormats
{
    /// <summary>The lower-case names used in reports and the API.</summary>
    public static string Name(ImportFormat format) => format switch
    {
        ImportFormat.GeoJson => "geojson",
        ImportFormat.Csv => "csv",
        ImportFormat.Shapefile => "shapefile",
        _ => "geopackage",
    };

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
        }

        Span<byte> head = stackalloc byte[16];
        using var stream = File.OpenRead(path);
        var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        var start = Encoding.ASCII.GetString(head[..read]).TrimStart('\uFEFF', ' ', '\r', '\n', '\t');
        return start switch
        {
            _ when start.StartsWith('{') => ImportFormat.GeoJson,
            _ when start.StartsWith("PK", StringComparison.Ordinal) => ImportFormat.Shapefile,
            _ when start.StartsWith("SQLite format 3", StringComparison.Ordinal) => ImportFormat.GeoPackage,
            _ => ImportFormat.Csv,
        };
    }
}
