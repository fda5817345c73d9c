using GeoRelief.Server.Apis.Analytics;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GeoRelief.Server.Apis;

/// <summary>
/// Planning analytics: poverty, classification, hot spots, road coverage, Rural Access Index, job access and relocation
/// progress. Every result names its parameters and the data version; results are cached until the data change.
/// </summary>
public static class AnalyticsApi
{
    public static IEndpointRouteBuilder MapAnalyticsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/analytics").WithTags("Analytics");
        group.MapGet("/poverty", GetPoverty)
            .WithName(nameof(GetPoverty))
            .WithSummary("Poverty per unit: incidence, density, change, exit status, n, smoothed rate, poor villages, relapse monitoring.")
            .WithDescription("within (NBS code), level (default township), year (default latest), exitThresholdPct (default 2 %, 3 % western), smooth=true|false.");
        group.MapGet("/poverty/series", GetPovertySeries)
            .WithName(nameof(GetPovertySeries))
            .WithSummary("Poverty of one unit year by year (code=NBS code).");
        group.MapGet("/classify", GetClassification)
            .WithName(nameof(GetClassification))
            .WithSummary("Class breaks of an indicator over units.")
            .WithDescription("indicator=incidence|density|smoothed-incidence, level, within, year, method=jenks|quantile|equal|headtail|manual, k, breaks (manual), colorRamp.");
        group.MapPost("/classify", PostClassification)
            .WithName(nameof(PostClassification))
            .WithSummary("Class breaks of a JSON array of numbers (method, k, breaks, colorRamp in the query).");
        group.MapGet("/hotspots", GetHotSpots)
            .WithName(nameof(GetHotSpots))
            .WithSummary("Getis–Ord Gi*, Local and global Moran's I of an indicator over units.")
            .WithDescription("indicator, level, within, year, weights=queen|rook|distance|knn, distanceM, k, permutations, seed.");
        group.MapGet("/road-coverage", GetRoadCoverage)
            .WithName(nameof(GetRoadCoverage))
            .WithSummary("Road connection of natural villages: coverage per unit, unconnected villages ranked, travel time to the township seat, km built per year.")
            .WithDescription("within (required), level, minHouseholds=30, maxDistanceM=500, maxMinutes=60, travelTime=true|false.");
        group.MapGet("/rai", GetRuralAccessIndex)
            .WithName(nameof(GetRuralAccessIndex))
            .WithSummary("Rural Access Index (SDG 9.1.1) per unit: buffer definition, or the labelled network variant.")
            .WithDescription("within (required), level, distanceM=2000, definition=buffer|network.");
        group.MapGet("/job-access", GetJobAccess)
            .WithName(nameof(GetJobAccess))
            .WithSummary("Industrial bases and jobs within commuting distance of each relocation site and poor natural village, 2SFCA score.")
            .WithDescription("within (required), level, commuteKm=10, snapM=2000, year (default latest with poor people).");
        group.MapGet("/relocation-progress", GetRelocationProgress)
            .WithName(nameof(GetRelocationProgress))
            .WithSummary("Relocation sites: planned vs moved-in, construction progress, behind schedule, source villages; rolled up per unit.")
            .WithDescription("within, level, asOf=yyyy-MM-dd (default today).");
        return app;
    }

    public static Task<Results<Ok<AnalyticsResult>, ProblemHttpResult>> GetPoverty(AnalyticsQuery query, PlanningAnalytics analytics, CancellationToken cancellationToken) =>
        RunAsync("poverty", query, analytics, cancellationToken);

    public static Task<Results<Ok<AnalyticsResult>, ProblemHttpResult>> GetPovertySeries(AnalyticsQuery query, PlanningAnalytics analytics, CancellationToken cancellationToken) =>
        RunAsync("poverty-series", query, analytics, cancellationToken);

    public static Task<Results<Ok<AnalyticsResult>, ProblemHttpResult>> GetClassification(AnalyticsQuery query, PlanningAnalytics analytics, CancellationToken cancellationToken) =>
        RunAsync("classify", query, analytics, cancellationToken);

    public static Task<Results<Ok<AnalyticsResult>, ProblemHttpResult>> GetHotSpots(AnalyticsQuery query, PlanningAnalytics analytics, CancellationToken cancellationToken) =>
        RunAsync("hotspots", query, analytics, cancellationToken);

    public static Task<Results<Ok<AnalyticsResult>, ProblemHttpResult>> GetRoadCoverage(AnalyticsQuery query, PlanningAnalytics analytics, CancellationToken cancellationToken) =>
        RunAsync("road-coverage", query, analytics, cancellationToken);

    public static Task<Results<Ok<AnalyticsResult>, ProblemHttpResult>> GetRuralAccessIndex(AnalyticsQuery query, PlanningAnalytics analytics, CancellationToken cancellationToken) =>
        RunAsync("rai", query, analytics, cancellationToken);

    public static Task<Results<Ok<AnalyticsResult>, ProblemHttpResult>> GetJobAccess(AnalyticsQuery query, PlanningAnalytics analytics, CancellationToken cancellationToken) =>
        RunAsync("job-access", query, analytics, cancellationToken);

    public static Task<Results<Ok<AnalyticsResult>, ProblemHttpResult>> GetRelocationProgress(AnalyticsQuery query, PlanningAnalytics analytics, CancellationToken cancellationToken) =>
        RunAsync("relocation-progress", query, analytics, cancellationToken);

    public static async Task<Results<Ok<AnalyticsResult>, ProblemHttpResult>> PostClassification(HttpRequest request, AnalyticsQuery query, PlanningAnalytics analytics, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(analytics);
        double[]? values;
        try
        {
            values = await request.ReadFromJsonAsync<double[]>(cancellationToken);
        }
        catch (System.Text.Json.JsonException)
        {
            values = null;
        }

        if (values is null || values.Length == 0)
        {
            return ApiProblem.BadParameter("values", "must be the request body: a non-empty JSON array of numbers, e.g. [1.5, 2, 7].");
        }

        try
        {
            return TypedResults.Ok(await analytics.ClassifyValuesAsync(values, query.Parameters, cancellationToken));
        }
        catch (AnalyticsParameterException e)
        {
            return ApiProblem.BadParameter(e.Parameter, e.Problem);
        }
    }

    private static async Task<Results<Ok<AnalyticsResult>, ProblemHttpResult>> RunAsync(
        string analysis, AnalyticsQuery query, PlanningAnalytics analytics, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(analytics);
        try
        {
            return TypedResults.Ok(await analytics.RunAsync(analysis, query.Parameters, cancellationToken));
        }
        catch (AnalyticsParameterException e)
        {
            return ApiProblem.BadParameter(e.Parameter, e.Problem);
        }
        catch (AnalyticsUnitNotFoundException e)
        {
            return ApiProblem.NotFound("No such administrative unit.", e.Message);
        }
    }
}
