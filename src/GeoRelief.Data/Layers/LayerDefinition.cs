namespace GeoRelief.Data.Layers;

/// <summary>
/// A layer of planning data as the API, imports, exports, tiles and OGC API name it: its table, key, geometry
/// and attributes. The table and column names here are the whitelist for any SQL built from a layer name.
/// </summary>
/// <param name="Name">The layer's name in URLs, e.g. <c>natural-villages</c>.</param>
/// <param name="Table">Its table in schema <c>georelief</c>.</param>
/// <param name="KeyColumns">The key: one column for features, two for the yearly and link tables.</param>
/// <param name="GeometryType">PostGIS geometry type of column <c>geom</c>, or null for a table without geometry.</param>
public sealed record LayerDefinition(
    string Name,
    string Table,
    IReadOnlyList<string> KeyColumns,
    string? GeometryType,
    string TitleZh,
    string TitleEn,
    IReadOnlyList<LayerField> Fields)
{
    /// <summary>Whether a feature may be stored without geometry (only administrative units, whose boundary may come later).</summary>
    public bool GeometryOptional { get; init; }

    /// <summary>When each feature holds in time (OGC API's <c>datetime</c> filters by it); null for a layer without dates.</summary>
    public LayerTime? Time { get; init; }

    /// <summary>Whether the layer's table has a geometry column <c>geom</c>.</summary>
    public bool HasGeometry => GeometryType is not null;

    /// <summary>Whether its geometry is a point, exported to CSV as lon/lat columns rather than WKT.</summary>
    public bool IsPointLayer => GeometryType == "Point";

    /// <summary>The attributes that make up the key, in key order.</summary>
    public IReadOnlyList<LayerField> KeyFields => [.. KeyColumns.Select(k => Field(k)!)];

    /// <summary>The attributes taken from input: all but the located codes, which linkage sets.</summary>
    public IReadOnlyList<LayerField> WritableFields => [.. Fields.Where(f => !f.Located)];

    /// <summary>Whether features of this layer are tied to their township and village by location.</summary>
    public bool IsLinked => Fields.Any(f => f.Located);

    /// <summary>The attribute with this column name, if the layer has one.</summary>
    public LayerField? Field(string column) => Fields.FirstOrDefault(f => f.Column == column);
}
