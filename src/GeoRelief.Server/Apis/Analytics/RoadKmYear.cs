namespace GeoRelief.Server.Apis.Analytics;

/// <summary>Kilometres of hardened road by status (existing, under_construction, planned) and year built.</summary>
public sealed record RoadKmYear(string Status, int? YearBuilt, double Km, long Roads);
