namespace GeoRelief.Data.Analytics;

/// <summary>Two units whose boundaries meet (queen); <paramref name="SharesEdge"/> when they share an edge of positive length (rook).</summary>
public sealed record UnitAdjacency(string First, string Second, bool SharesEdge);
