using GeoRelief.Server.Apis.Analytics;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using JsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace GeoRelief.Server.Apis;

/// <summary>
/// Planning analytics: poverty, classification, hot spots, road coverage, Rural Access Index, job access and relocation
/// progress. Every result names its parameters and the data version; results are cached until the data change.
/// <c>format=csv</c> downloads the main table, <c>format=xlsx</c> every table as an Excel workbook (<see cref="AnalyticsDownload"/>).
/// </summary>
public static class AnalyticsApi
{
    private const string Downloads = " format=json (the default), csv (the main table, UTF-8 with BOM) or xlsx (every table of the result, one worksheet each, and a notes worksheet with the parameters).";

    public static IEndpointRouteBuilder MapAnalyticsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/analytics").WithTags("Analytics");
        group.MapGet("/poverty", GetPoverty)
            .WithName(nameof(GetPoverty))
            .WithSummary("Poverty per unit: incidence, density, change, exit status, n, smoothed rate, poor villages, relapse monitoring.")
            .WithDescription("within (NBS code), level (default township), year (default latest), exitThresholdPct (default 2 %, 3 % western), smooth=true|false." + Downloads);
        group.MapGet("/poverty/series", GetPovertySeries)
            .WithName(nameof(GetPovertySeries))
            .WithSummary("Poverty of one unit year by year (code=NBS code).")
            .WithDescription("code (required)." + Downloads);
        group.MapGet("/classify", GetClassification)
            .WithName(nameof(GetClassification))
            .WithSummary("Class breaks of an indicator over units.")
            .WithDescription("indicator=incidence|density|smoothed-incidence, level, within, year, method=jenks|quantile|equal|headtail|manual, k, breaks (manual), colorRamp." + Downloads);
        group.MapPost("/classify", PostClassification)
            .WithName(nameof(PostClassification))
            .WithSummary("Class breaks of a JSON array of numbers (method, k, breaks, colorRamp in the query).")
            .WithDescription("The body: a JSON array of numbers." + Downloads);
        group.MapGet("/hotspots", GetHotSpots)
            .WithName(nameof(GetHotSpots))
            .WithSummary("Getis–Ord Gi*, Local and global Moran's I of an indicator over units.")
            .WithDescription("indicator, level, within, year, weights=queen|rook|distance|knn, distanceM, k, permutations, seed." + Downloads);
        group.MapGet("/road-coverage", GetRoadCoverage)
            .WithName(nameof(GetRoadCoverage))
            .WithSummary("Road connection of natural villages: coverage per unit, unconnected villages ranked, travel time to the township seat, km built per year.")
            .WithDescription("within (required), level, minHouseholds=30, maxDistanceM=500, maxMinutes=60, travelTime=true|false." + Downloads);
        group.MapGet("/rai", GetRuralAccessIndex)
            .WithName(nameof(GetRuralAccessIndex))
            .WithSummary("Rural Access Index (SDG 9.1.1) per unit: buffer definition, or the labelled network variant.")
            .WithDescription("within (required), level, distanceM=2000, definition=buffer|network." + Downloads);
        group.MapGet("/job-access", GetJobAccess)
            .WithName(nameof(GetJobAccess))
            .WithSummary("Industrial bases and jobs within commuting distance of each relocation site and poor natural village, 2SFCA score.")
            .WithDescription("within (required), level, commuteKm=10, snapM=2000, year (default latest with poor people)." + Downloads);
        group.MapGet("/relocation-progress", GetRelocationProgress)
            .WithName(nameof(GetRelocationProgress))
            .WithSummary("Relocation sites: planned vs moved-in, construction progress, behind schedule, source villages; rolled up per unit.")
            .WithDescription("within, level, asOf=yyyy-MM-dd (default today)." + Downloads);
        return app;
    }

    public static Task<Results<Ok<AnalyticsResult>, FileContentHttpResult, ProblemHttpResult>> GetPoverty(AnalyticsQuery query, PlanningAnalytics analytics, IOptions<JsonOptions> json, CancellationToken cancellationToken) =>
        RunAsync("poverty", query, analytics, json, cancellationToken);

    public static Task<Results<Ok<AnalyticsResult>, FileContentHttpResult, ProblemHttpResult>> GetPovertySeries(AnalyticsQuery query, PlanningAnalytics analytics, IOptions<JsonOptions> json, CancellationToken cancellationToken) =>
        RunAsync("poverty-series", query, analytics, json, cancellationToken);

    public static Task<Results<Ok<AnalyticsResult>, FileContentHttpResult, ProblemHttpResult>> GetClassification(AnalyticsQuery query, PlanningAnalytics analytics, IOptions<JsonOptions> json, CancellationToken cancellationToken) =>
        RunAsync("classify", query, analytics, json, cancellationToken);

    public static Task<Results<Ok<AnalyticsResult>, FileContentHttpResult, ProblemHttpResult>> GetHotSpots(AnalyticsQuery query, PlanningAnalytics analytics, IOptions<JsonOptions> json, CancellationToken cancellationToken) =>
        RunAsync("hotspots", query, analytics, json, cancellationToken);

    public static Task<Results<Ok<AnalyticsResult>, FileContentHttpResult, ProblemHttpResult>> GetRoadCoverage(AnalyticsQuery query, PlanningAnalytics analytics, IOptions<JsonOptions> json, CancellationToken cancellationToken) =>
        RunAsync("road-coverage", query, analytics, json, cancellationToken);

    public static Task<Results<Ok<AnalyticsResult>, FileContentHttpResult, ProblemHttpResult>> GetRuralAccessIndex(AnalyticsQuery query, PlanningAnalytics analytics, IOptions<JsonOptions> json, CancellationToken cancellationToken) =>
        RunAsync("rai", query, analytics, json, cancellationToken);

    public static Task<Results<Ok<AnalyticsResult>, FileContentHttpResult, ProblemHttpResult>> GetJobAccess(AnalyticsQuery query, PlanningAnalytics analytics, IOptions<JsonOptions> json, CancellationToken cancellationToken) =>
        RunAsync("job-access", query, analytics, json, cancellationToken);

    public static Task<Results<Ok<AnalyticsResult>, FileContentHttpResult, ProblemHttpResult>> GetRelocationProgress(AnalyticsQuery query, PlanningAnalytics analytics, IOptions<JsonOptions> json, CancellationToken cancellationToken) =>
        RunAsync("relocation-progress", query, analytics, json, cancellationToken);

    public static async Task<Results<Ok<AnalyticsResult>, FileContentHttpResult, ProblemHttpResult>> PostClassification(
        HttpRequest request, AnalyticsQuery query, PlanningAnalytics analytics, IOptions<JsonOptions> json, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(analytics);
        ArgumentNullException.ThrowIfNull(json);
        if (FormatProblem(query) is { } formatProblem)
        {
            return formatProblem;
        }

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
            return await AnswerAsync(await analytics.ClassifyValuesAsync(values, query.Parameters, cancellationToken), query, json.Value, cancellationToken);
        }
        catch (AnalyticsParameterException e)
        {
            return ApiProblem.BadParameter(e.Parameter, e.Problem);
        }
    }

    private static async Task<Results<Ok<AnalyticsResult>, FileContentHttpResult, ProblemHttpResult>> RunAsync(
        string analysis, AnalyticsQuery query, PlanningAnalytics analytics, IOptions<JsonOptions> json, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(analytics);
        ArgumentNullException.ThrowIfNull(json);
        if (FormatProblem(query) is { } formatProblem)
        {
            return formatProblem;
        }

        try
        {
            return await AnswerAsync(await analytics.RunAsync(analysis, query.Parameters, cancellationToken), query, json.Value, cancellationToken);
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

    /// <summary>A 400 naming <c>format</c> when it is not one of <see cref="AnalyticsDownload.Formats"/>; checked before the analysis runs.</summary>
    private static ProblemHttpResult? FormatProblem(AnalyticsQuery query) =>
        query.Format is null || AnalyticsDownload.Formats.Contains(query.Format, StringComparer.Ordinal)
            ? null
            : ApiProblem.BadParameter("format", $"'{query.Format}' is not a format; use json (the default), csv (the main table) or xlsx (every table, as an Excel workbook).");

    private static async Task<Results<Ok<AnalyticsResult>, FileContentHttpResult, ProblemHttpResult>> AnswerAsync(
        AnalyticsResult result, AnalyticsQuery query, JsonOptions json, CancellationToken cancellationToken) =>
        query.Format is null or "json"
            ? TypedResults.Ok(result)
            : await AnalyticsDownload.FileAsync(result, query.Format, json.SerializerOptions, cancellationToken);
}
