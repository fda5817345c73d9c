namespace GeoRelief.Server.Apis.Analytics;

/// <summary>
/// The query-string parameters of an analytics request, bound once for every handler: names compared without regard
/// to case, a repeated parameter's values joined by commas. What each parameter means is checked by the analysis.
/// </summary>
public sealed class AnalyticsQuery
{
    private AnalyticsQuery(IReadOnlyDictionary<string, string?> parameters) => Parameters = parameters;

    /// <summary>The raw parameters by name.</summary>
    public IReadOnlyDictionary<string, string?> Parameters { get; }

    /// <summary>Minimal-API binding from the request's query string.</summary>
    public static ValueTask<AnalyticsQuery?> BindAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var parameters = context.Request.Query.ToDictionary(q => q.Key, q => (string?)q.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        return ValueTask.FromResult<AnalyticsQuery?>(new AnalyticsQuery(parameters));
    }
}
