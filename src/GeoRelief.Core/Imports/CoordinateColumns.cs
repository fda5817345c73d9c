namespace GeoRelief.Core.Imports;

/// <summary>The headers under which tables carry a position: longitude and latitude (or x and y), or a WKT geometry.</summary>
public static class CoordinateColumns
{
    /// <summary>Headers read as longitude (or easting, in a projected system).</summary>
    public static IReadOnlyList<string> Longitude { get; } =
        ["lon", "lng", "long", "longitude", "x", "经度", "东经", "x坐标", "坐标x", "point_x", "easting", "东坐标"];

    /// <summary>Headers read as latitude (or northing).</summary>
    public static IReadOnlyList<string> Latitude { get; } =
        ["lat", "latitude", "y", "纬度", "北纬", "y坐标", "坐标y", "point_y", "northing", "北坐标"];

    /// <summary>Headers read as a WKT geometry.</summary>
    public static IReadOnlyList<string> Wkt { get; } =
        ["wkt", "geometry", "geom", "the_geom", "shape", "几何", "空间信息", "坐标串"];
}
