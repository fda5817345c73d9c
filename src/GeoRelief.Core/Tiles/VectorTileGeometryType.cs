namespace GeoRelief.Core.Tiles;

/// <summary>Geometry type of a Mapbox Vector Tile feature (spec 2.1, <c>GeomType</c>).</summary>
public enum VectorTileGeometryType
{
    /// <summary>Not given.</summary>
    Unknown = 0,

    /// <summary>One or more points.</summary>
    Point = 1,

    /// <summary>One or more line strings.</summary>
    LineString = 2,

    /// <summary>One or more polygons (exterior rings clockwise in tile coordinates, holes anticlockwise).</summary>
    Polygon = 3,
}
