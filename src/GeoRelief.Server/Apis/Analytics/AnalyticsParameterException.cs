namespace GeoRelief.Server.Apis.Analytics;

/// <summary>A parameter of an analysis is malformed or out of range: answered with a 400 that names it.</summary>
public sealed class AnalyticsParameterException(string parameter, string problem)
    : Exception($"'{parameter}' {problem}")
{
    /// <summary>The parameter's name as the API and the command line spell it.</summary>
    public string Parameter { get; } = parameter;

    /// <summary>What was wrong and what to do, continuing "'parameter' …".</summary>
    public string Problem { get; } = problem;
}
