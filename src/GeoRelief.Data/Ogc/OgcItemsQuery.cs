using GeoRelief.Core.Tiles;

namespace GeoRelief.Data.Ogc;

/// <summary>Filters and paging of an items request: a CRS84 box, an administrative unit code, limit and offset.</summary>
public sealed record OgcItemsQuery(TileBounds? Bbox, string? Within, int Limit, long Offset);
