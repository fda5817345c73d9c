namespace GeoRelief.Server.Apis.Analytics;

/// <summary>
/// The query-string parameters of an analytics request, bound once for every handler: names compared without regard
/// to case, a repeated parameter's values joined by commas. What each parameter means is checked by the analysis;
/// <c>format</c>, which says how to answer, is kept apart from them.
/// </summary>
public sealed class AnalyticsQuery
{
    private AnalyticsQuery(IReadOnlyDictionary<string, string?> parameters, string? format)
    {
        Parameters = parameters;
        Format = format;
    }

    /// <summary>The raw parameters of the analysis by name.</summary>
    public IReadOnlyDictionary<string, string?> Parameters { get; }

    /// <summary>The <c>format</c> asked for (json, csv or xlsx), as given; null when absent.</summary>
    public string? Format { get; }

    /// <summary>Minimal-API binding from the request's query string.</summary>
    public static ValueTask<AnalyticsQuery?> BindAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var parameters = context.Request.Query.ToDictionary(q => q.Key, q => (string?)q.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        parameters.Remove("format", out var format);
        return ValueTask.FromResult<AnalyticsQuery?>(new AnalyticsQuery(parameters, format));
    }
}
