namespace GeoRelief.Data.Analytics;

/// <summary>Poverty totals of one unit for a year and the year before (previous figures null without data).</summary>
public sealed record UnitPovertyRow(
    string Code,
    string Name,
    double? AreaKm2,
    long NaturalVillages,
    long RegisteredPopulation,
    long PoorPopulation,
    long PoorHouseholds,
    long MonitoredHouseholds,
    long ExitedHouseholdsToDate,
    long? PreviousRegisteredPopulation,
    long? PreviousPoorPopulation);
