namespace GeoRelief.Server.Apis.Analytics;

/// <summary>Job access rolled up per unit: poor natural villages, and those (with their poor) that reach no base.</summary>
public sealed record UnitJobAccess(string Code, string? Name, int PoorVillages, int PoorVillagesWithoutBase, double PoorPopulation, double PoorPopulationWithoutBase);
