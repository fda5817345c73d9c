namespace GeoRelief.Data.Analytics;

/// <summary>
/// One side of job access: kind <c>site</c> (amount = planned persons), <c>village</c> (amount = poor population) or
/// <c>base</c> (amount = jobs).
/// </summary>
public sealed record JobAccessPoint(string Kind, string Id, string Name, string? VillageCode, double Amount);
