namespace GeoRelief.Server.Apis.Analytics;

/// <summary>
/// Poverty of one unit in a year. Rates are percentages with their n (<see cref="RegisteredPopulation"/>); the change
/// is in percentage points against the year before; <see cref="PoorVillage"/> is set at village level only.
/// </summary>
public sealed record UnitPoverty(
    string Code,
    string Name,
    double? AreaKm2,
    long NaturalVillages,
    long RegisteredPopulation,
    long PoorPopulation,
    long PoorHouseholds,
    double? IncidencePct,
    double? DensityPerKm2,
    double? SmoothedIncidencePct,
    long? PreviousPoorPopulation,
    double? PreviousIncidencePct,
    double? IncidenceChangePoints,
    double ExitThresholdPct,
    string ExitStatus,
    IReadOnlyList<string> UnmetCriteria,
    int PoorVillages,
    bool? PoorVillage,
    long MonitoredHouseholds,
    long ExitedHouseholdsToDate,
    double? MonitoredPerExitedPct);
