namespace GeoRelief.Server.Apis.Analytics;

/// <summary>The unit named by an analysis does not exist: answered with a 404.</summary>
public sealed class AnalyticsUnitNotFoundException(string parameter, string code)
    : Exception($"No administrative unit has the code {code} (parameter '{parameter}'). List the units with /api/v1/admin-units?level=county to find the right code.")
{
    /// <summary>The parameter that named the unit.</summary>
    public string Parameter { get; } = parameter;

    /// <summary>The code that matched no unit.</summary>
    public string Code { get; } = code;
}
