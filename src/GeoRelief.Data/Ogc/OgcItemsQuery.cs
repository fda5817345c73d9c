using GeoRelief.Core.Tiles;

namespace GeoRelief.Data.Ogc;

/// <summary>
/// Filters and paging of an items request: a CRS84 box, an administrative unit code, limit and offset, and the days
/// a feature's time must meet (<see cref="Layers.LayerTime"/>; null for an open end, both null for no filter).
/// </summary>
public sealed record OgcItemsQuery(TileBounds? Bbox, string? Within, int Limit, long Offset, DateOnly? From = null, DateOnly? To = null);
