namespace GeoRelief.Server.Apis.Analytics;

/// <summary>Road connection of the natural villages (with at least the minimum households) of one unit.</summary>
public sealed record UnitRoadCoverage(
    string Code,
    string? Name,
    int Villages,
    int ConnectedVillages,
    double? CoveragePct,
    long Households,
    long ConnectedHouseholds,
    int VillagesBeyondMaxMinutes,
    int VillagesWithoutTravelTime);
