namespace GeoRelief.Data.Analytics;

/// <summary>One year of a unit's poverty totals.</summary>
public sealed record PovertyYearRow(
    int Year,
    long NaturalVillages,
    long RegisteredPopulation,
    long PoorPopulation,
    long PoorHouseholds,
    long ExitedHouseholds,
    long MonitoredHouseholds);
