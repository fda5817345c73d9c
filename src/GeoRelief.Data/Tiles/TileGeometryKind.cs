namespace GeoRelief.Data.Tiles;

/// <summary>What geometry a tile layer's features have.</summary>
public enum TileGeometryKind
{
    /// <summary>Polygons.</summary>
    Polygon,

    /// <summary>Line strings.</summary>
    Line,

    /// <summary>Points (clusters included).</summary>
    Point,

    /// <summary>Features of several geometry types, told apart by their <c>kind</c> attribute.</summary>
    Mixed,
}
