namespace GeoRelief.Data.Analytics;

/// <summary>A point inside a unit in planar metres (Gauss–Krüger), for distance-band and k-nearest weights.</summary>
public sealed record UnitPoint(string Code, double X, double Y);
