using GeoRelief.Core.Tiles;

namespace GeoRelief.Data.Tiles;

/// <summary>
/// One captured change (georelief.tile_change): the table, whether the bboxes cover derived figures rather than the
/// rows' own geometry, and the bboxes before and after (longitude/latitude). Both null: everything of the table.
/// </summary>
public sealed record TileChange(long Id, string Layer, bool Figures, TileBounds? Old, TileBounds? New)
{
    /// <summary>Whether the change covers the whole table (TRUNCATE, regeneralisation).</summary>
    public bool IsReset => Old is null && New is null;
}
