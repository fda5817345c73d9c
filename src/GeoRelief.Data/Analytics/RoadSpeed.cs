namespace GeoRelief.Data.Analytics;

/// <summary>Travel speed of a road class in km/h, hardened and not.</summary>
public sealed record RoadSpeed(string Class, double HardenedKmh, double UnhardenedKmh);
