namespace GeoRelief.Server.Apis.Analytics;

/// <summary>Relocation rolled up per unit; construction progress weighted by planned households.</summary>
public sealed record UnitRelocation(
    string Code,
    string? Name,
    int Sites,
    int PlannedHouseholds,
    int MovedInHouseholds,
    int PlannedPersons,
    int MovedInPersons,
    double? ProgressPct,
    int SitesBehindSchedule,
    long SourceVillages);
