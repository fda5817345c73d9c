namespace GeoRelief.Server.Apis.Analytics;

/// <summary>Hot spots of an indicator over units, with the weights used and the units left without neighbours.</summary>
public sealed record HotSpotsReport(
    string Indicator,
    string Weights,
    double? DistanceBandM,
    int? K,
    GlobalMoran GlobalMoran,
    IReadOnlyList<string> UnitsWithoutNeighbours,
    IReadOnlyList<string> UnitsWithoutValue,
    IReadOnlyList<UnitHotSpot> Units) : IAnalyticsReport
{
    [System.Text.Json.Serialization.JsonIgnore]
    public IEnumerable<object> Rows => Units;

    [System.Text.Json.Serialization.JsonIgnore]
    public IReadOnlyList<AnalyticsTable> Tables => [AnalyticsTable.Of("units", Units)];
}
