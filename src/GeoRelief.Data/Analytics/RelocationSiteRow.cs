namespace GeoRelief.Data.Analytics;

/// <summary>A relocation site with its progress and source villages; <paramref name="ExpectedProgressPct"/> null when not scheduled or finished.</summary>
public sealed record RelocationSiteRow(
    string Id,
    string Name,
    string Kind,
    string Status,
    string? VillageCode,
    string? TownshipCode,
    int PlannedHouseholds,
    int PlannedPersons,
    int MovedInHouseholds,
    int MovedInPersons,
    double ProgressPct,
    DateOnly? StartDate,
    DateOnly? PlannedCompletionDate,
    double? ExpectedProgressPct,
    long SourceVillages,
    long SourceHouseholds,
    IReadOnlyList<string> SourceVillageIds);
