namespace GeoRelief.Server.Apis.Analytics;

/// <summary>
/// Road connection (组组通): coverage per unit, the unconnected villages ranked (most households first), travel times to
/// the township seat beyond the limit, and hardened road built per year and planned.
/// </summary>
public sealed record RoadCoverageReport(
    string Level,
    int Villages,
    int ConnectedVillages,
    double? CoveragePct,
    string TravelTime,
    IReadOnlyList<UnitRoadCoverage> Units,
    IReadOnlyList<UnconnectedVillage> Unconnected,
    IReadOnlyList<VillageTravel> BeyondMaxMinutes,
    IReadOnlyList<RoadKmYear> HardenedRoadKm) : IAnalyticsReport
{
    [System.Text.Json.Serialization.JsonIgnore]
    public IEnumerable<object> Rows => Unconnected;

    [System.Text.Json.Serialization.JsonIgnore]
    public IReadOnlyList<AnalyticsTable> Tables =>
    [
        AnalyticsTable.Of("units", Units),
        AnalyticsTable.Of("unconnected", Unconnected),
        AnalyticsTable.Of("beyondMaxMinutes", BeyondMaxMinutes),
        AnalyticsTable.Of("hardenedRoadKm", HardenedRoadKm),
    ];
}
