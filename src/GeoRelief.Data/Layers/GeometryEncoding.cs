namespace GeoRelief.Data.Layers;

/// <summary>How a reader returns the geometry of each feature.</summary>
public enum GeometryEncoding
{
    /// <summary>GeoJSON text from PostGIS, one feature at a time.</summary>
    GeoJson,

    /// <summary>For CSV: lon/lat columns for points, WKT for lines and areas.</summary>
    LonLatOrWkt,
}
