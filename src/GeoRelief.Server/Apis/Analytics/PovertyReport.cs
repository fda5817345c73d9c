namespace GeoRelief.Server.Apis.Analytics;

/// <summary>Poverty per unit, with the provincial incidence each poor-village flag is judged against.</summary>
public sealed record PovertyReport(
    string Level,
    int Year,
    IReadOnlyDictionary<string, double?> ProvincialIncidencePct,
    IReadOnlyList<UnitPoverty> Units) : IAnalyticsReport
{
    [System.Text.Json.Serialization.JsonIgnore]
    public IEnumerable<object> Rows => Units;

    [System.Text.Json.Serialization.JsonIgnore]
    public IReadOnlyList<AnalyticsTable> Tables => [AnalyticsTable.Of("units", Units)];
}
