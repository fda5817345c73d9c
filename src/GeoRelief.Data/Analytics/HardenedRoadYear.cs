namespace GeoRelief.Data.Analytics;

/// <summary>Kilometres of hardened road of one status and year built.</summary>
public sealed record HardenedRoadYear(string Status, int? YearBuilt, double Km, long Roads);
