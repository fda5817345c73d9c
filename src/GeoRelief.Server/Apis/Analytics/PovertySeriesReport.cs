namespace GeoRelief.Server.Apis.Analytics;

/// <summary>Poverty of one unit year by year (2014–2020 in the sample).</summary>
public sealed record PovertySeriesReport(string Code, IReadOnlyList<PovertyYear> Years) : IAnalyticsReport
{
    [System.Text.Json.Serialization.JsonIgnore]
    public IEnumerable<object> Rows => Years;

    [System.Text.Json.Serialization.JsonIgnore]
    public IReadOnlyList<AnalyticsTable> Tables => [AnalyticsTable.Of("years", Years)];
}
