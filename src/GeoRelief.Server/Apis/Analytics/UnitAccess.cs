namespace GeoRelief.Server.Apis.Analytics;

/// <summary>Rural Access Index of one unit: the share of its rural population within reach of an all-season road.</summary>
public sealed record UnitAccess(string Code, string? Name, long Population, long PopulationWithinReach, double? RaiPct, int NaturalVillages, int VillagesWithinReach);
