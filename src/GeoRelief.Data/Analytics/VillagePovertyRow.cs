namespace GeoRelief.Data.Analytics;

/// <summary>Poor and registered population of one administrative village in a year.</summary>
public sealed record VillagePovertyRow(string VillageCode, long PoorPopulation, long RegisteredPopulation);
