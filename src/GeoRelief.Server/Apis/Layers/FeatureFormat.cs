namespace GeoRelief.Server.Apis.Layers;

/// <summary>The formats a layer list is written in (<c>format=</c>).</summary>
public enum FeatureFormat
{
    /// <summary>A JSON array of features in the API's shape (camelCase names, <c>geometry</c> as GeoJSON).</summary>
    Json,

    /// <summary>A GeoJSON FeatureCollection, properties by column name.</summary>
    GeoJson,

    /// <summary>CSV in UTF-8 with a BOM; lon/lat columns for points, WKT otherwise.</summary>
    Csv,

    /// <summary>An Excel workbook with the columns of the CSV; codes and ids as text, numbers as numbers, dates as dates.</summary>
    Xlsx,
}
