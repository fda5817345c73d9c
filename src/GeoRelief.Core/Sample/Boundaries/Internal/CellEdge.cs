using NetTopologySuite.Geometries;

namespace GeoRelief.Core.Sample.Boundaries.Internal;

/// <summary>A straight edge of a diagram between the cells of sites <paramref name="Left"/> &lt; <paramref name="Right"/>.</summary>
internal sealed record CellEdge(int Left, int Right, Coordinate Start, Coordinate End);
