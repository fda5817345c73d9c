namespace GeoRelief.Core.Analytics.Access;

/// <summary>A settlement (natural village) for road coverage: where it is (degrees, CGCS2000) and how many live there.</summary>
public sealed record CoverageSettlement(string Id, double Longitude, double Latitude, int Households, int Population);
