namespace GeoRelief.Data.Tiles;

/// <summary>
/// One vector-tile layer: its name (in URLs and in the tile), the embedded SQL that renders it, geometry, the zooms it is
/// served at, its documented fields, and the tables whose changes redraw it — <see cref="FeatureSources"/> where the
/// changed rows' own geometry is drawn, <see cref="FigureSources"/> where the rows feed figures of the units or the
/// reach recorded with the change.
/// </summary>
public sealed record TileLayerDefinition(
    string Name,
    string Title,
    string Description,
    TileGeometryKind GeometryKind,
    int MinZoom,
    int MaxZoom,
    IReadOnlyList<TileLayerField> Fields,
    IReadOnlyList<string> FeatureSources,
    IReadOnlyList<string> FigureSources)
{
    /// <summary>Below this zoom the layer's points are clustered on a grid; null when never clustered.</summary>
    public int? ClusterBelowZoom { get; init; }

    /// <summary>Whether the layer may leave features out at low zoom (clusters or thins them); its tiles then carry <c>_meta</c>.</summary>
    public bool Thins => ClusterBelowZoom is not null || ThinsByZoom;

    /// <summary>Whether features appear only from a zoom of their own (roads by class), which counts as thinning.</summary>
    public bool ThinsByZoom { get; init; }

    /// <summary>Whether the layer joins analytics (the thematic layers of DESIGN.md).</summary>
    public bool IsThematic { get; init; }

    /// <summary>Path of the embedded SQL file below the Data project.</summary>
    public string SqlFile => $"Tiles/Sql/{Name}.sql";

    /// <summary>Whether a captured change of <paramref name="table"/> (figures or feature) redraws this layer.</summary>
    public bool DependsOn(string table, bool figures) =>
        figures ? FigureSources.Contains(table, StringComparer.Ordinal) : FeatureSources.Contains(table, StringComparer.Ordinal);

    /// <summary>Whether any captured change of <paramref name="table"/> redraws this layer (a whole-table reset).</summary>
    public bool DependsOnAny(string table) => DependsOn(table, figures: false) || DependsOn(table, figures: true);
}
