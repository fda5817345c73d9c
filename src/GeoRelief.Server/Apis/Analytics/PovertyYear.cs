namespace GeoRelief.Server.Apis.Analytics;

/// <summary>One year of a unit's poverty; the incidence is a percentage of the registered population (its n).</summary>
public sealed record PovertyYear(
    int Year,
    long NaturalVillages,
    long RegisteredPopulation,
    long PoorPopulation,
    long PoorHouseholds,
    double? IncidencePct,
    long ExitedHouseholds,
    long MonitoredHouseholds);
