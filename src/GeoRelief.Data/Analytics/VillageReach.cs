namespace GeoRelief.Data.Analytics;

/// <summary>Whether a natural village's population lives within reach of an all-season road.</summary>
public sealed record VillageReach(string Id, string VillageCode, int Population, bool WithinReach);
