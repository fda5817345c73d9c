namespace GeoRelief.Server.Apis.Analytics;

/// <summary>Rural Access Index per unit and overall, under the definition it names (buffer = official SDG 9.1.1).</summary>
public sealed record RaiReport(
    string Definition,
    string Level,
    long Population,
    long PopulationWithinReach,
    double? RaiPct,
    IReadOnlyList<UnitAccess> Units) : IAnalyticsReport
{
    [System.Text.Json.Serialization.JsonIgnore]
    public IEnumerable<object> Rows => Units;

    [System.Text.Json.Serialization.JsonIgnore]
    public IReadOnlyList<AnalyticsTable> Tables => [AnalyticsTable.Of("units", Units)];
}
