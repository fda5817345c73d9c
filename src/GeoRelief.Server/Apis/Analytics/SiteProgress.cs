namespace GeoRelief.Server.Apis.Analytics;

/// <summary>Progress of one relocation site: planned vs moved-in households and persons, construction, schedule, sources.</summary>
public sealed record SiteProgress(
    string Id,
    string Name,
    string Kind,
    string Status,
    string? VillageCode,
    string? TownshipCode,
    int PlannedHouseholds,
    int MovedInHouseholds,
    int PlannedPersons,
    int MovedInPersons,
    double? MovedInPct,
    double ProgressPct,
    double? ExpectedProgressPct,
    bool BehindSchedule,
    string? StartDate,
    string? PlannedCompletionDate,
    long SourceVillages,
    long SourceHouseholds,
    IReadOnlyList<string> SourceVillageIds);
