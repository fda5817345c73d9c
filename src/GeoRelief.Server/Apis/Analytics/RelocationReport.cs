namespace GeoRelief.Server.Apis.Analytics;

/// <summary>Relocation progress per site and per unit.</summary>
public sealed record RelocationReport(string Level, string AsOf, UnitRelocation Total, IReadOnlyList<UnitRelocation> Units, IReadOnlyList<SiteProgress> Sites) : IAnalyticsReport
{
    [System.Text.Json.Serialization.JsonIgnore]
    public IEnumerable<object> Rows => Sites;

    [System.Text.Json.Serialization.JsonIgnore]
    public IReadOnlyList<AnalyticsTable> Tables => [AnalyticsTable.Of("units", Units), AnalyticsTable.Of("sites", Sites)];
}
