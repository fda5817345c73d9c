using NetTopologySuite.Geometries;

namespace GeoRelief.Core.Sample.Features;

/// <summary>An 易地扶贫搬迁 resettlement site with its plan and progress.</summary>
/// <param name="ProgressPct">Main-works completion in per cent, one decimal.</param>
/// <param name="Facilities">Services built with the site (school, clinic, workshop, …), in a fixed order.</param>
public sealed record RelocationSite(
    string Id,
    string Name,
    RelocationSiteKind Kind,
    RelocationSiteStatus Status,
    int PlannedHouseholds,
    int PlannedPersons,
    int MovedInHouseholds,
    int MovedInPersons,
    decimal ProgressPct,
    DateOnly StartDate,
    DateOnly PlannedCompletionDate,
    IReadOnlyList<string> Facilities,
    string TownshipCode,
    Point Location);
