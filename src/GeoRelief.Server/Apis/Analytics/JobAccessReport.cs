namespace GeoRelief.Server.Apis.Analytics;

/// <summary>Job access of every relocation site and poor natural village, the units whose poor reach no base, and the bases.</summary>
public sealed record JobAccessReport(
    int Year,
    string Distances,
    int Bases,
    double Jobs,
    IReadOnlyList<DemandJobAccess> Sites,
    IReadOnlyList<DemandJobAccess> Villages,
    IReadOnlyList<UnitJobAccess> Units,
    IReadOnlyList<string> UnitsWhosePoorReachNoBase) : IAnalyticsReport
{
    [System.Text.Json.Serialization.JsonIgnore]
    public IEnumerable<object> Rows => Sites.Concat(Villages);

    [System.Text.Json.Serialization.JsonIgnore]
    public IReadOnlyList<AnalyticsTable> Tables => [AnalyticsTable.Of("sites", Sites), AnalyticsTable.Of("villages", Villages), AnalyticsTable.Of("units", Units)];
}
