using System.Text.Json.Serialization;

namespace GeoRelief.Server.Apis.Analytics;

/// <summary>
/// Every analysis answers with this envelope: what was computed, with which parameters (defaults filled in), on which
/// data version (<c>georelief.data_version</c>), notes on definitions and fallbacks, and the result itself.
/// </summary>
public sealed record AnalyticsResult(
    string Analysis,
    long DataVersion,
    IReadOnlyDictionary<string, object?> Parameters,
    IReadOnlyList<string> Notes,
    [property: JsonIgnore] IAnalyticsReport Report)
{
    /// <summary>The report, serialised as its own type (not just the interface).</summary>
    [JsonPropertyName("result")]
    public object Result => Report;
}
