using System.Globalization;
using GeoRelief.Core.Admin;
using GeoRelief.Core.Siting.Criteria;
using GeoRelief.Data.Layers;
using GeoRelief.Data.Siting;
using GeoRelief.Server.Apis.Siting;
using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;

namespace GeoRelief.Server.Apis;

/// <summary>Relocation siting: AHP weights, suitability of candidates and areas, existing sites, allocation.</summary>
public static class SitingApi
{
    private const double DefaultCellSize = 100;
    private const int MaximumCandidates = 1000;

    public static IEndpointRouteBuilder MapSitingApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/siting").WithTags("Relocation siting");
        group.MapPost("/ahp", Ahp).WithName(nameof(Ahp))
            .WithSummary("Weights from a pairwise comparison matrix: principal eigenvector, λmax, CI, CR; CR ≥ 0.10 is refused with the judgements to revisit.");
        group.MapPost("/evaluate", Evaluate).WithName(nameof(Evaluate))
            .WithSummary("Suitability of candidate sites (GeoJSON) or of every cell of a grid over an area: constraints, factor scores, class, obstacle degrees.");
        group.MapGet("/existing", Existing).WithName(nameof(Existing))
            .WithSummary("Scores the relocation sites already in the data with the default model and counts them per class.");
        group.MapPost("/allocate", Allocate).WithName(nameof(Allocate))
            .WithSummary("Whole source villages to capacitated sites, minimising household-weighted travel time (exact by CBC; heuristic with gap beyond the size limit).");
        group.MapGet("/runs/{run:long}", GetRun).WithName(nameof(GetRun)).WithSummary("A stored grid evaluation.");
        group.MapGet("/runs/{run:long}.tif", GetRunGeoTiff).WithName(nameof(GetRunGeoTiff))
            .WithSummary("A stored grid as GeoTIFF: bands suitability, class code, failed-constraint bits, main obstacle (no data −1).");
        group.MapGet("/runs/{run:long}/cells", GetRunCells).WithName(nameof(GetRunCells)).WithSummary("Cells of a stored grid (json or geojson).");
        // The literal 'suitability' segment outranks the general /tiles/{layers}/… route of the tile server.
        app.MapGet("/tiles/suitability/{z:int}/{x:int}/{y}", SuitabilityTile).WithTags("Relocation siting").WithName(nameof(SuitabilityTile))
            .WithSummary("Vector tile of a stored suitability grid: /tiles/suitability/{z}/{x}/{y}.mvt?run=ID.");
        return app;
    }

    public static Results<Ok<AhpResponse>, ProblemHttpResult> Ahp(AhpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (result, field, problem) = SitingModelParser.Ahp(request, string.Empty);
        if (result is null)
        {
            return ApiProblem.BadParameter(field!, problem!);
        }

        return result.IsConsistent
            ? TypedResults.Ok(AhpResponse.From(result))
            : Inconsistent(result.Explanation(), AhpResponse.From(result));
    }

    public static async Task<Results<Ok<IReadOnlyList<SiteResult>>, Ok<GridRunResult>, ProblemHttpResult>> Evaluate(
        EvaluateRequest request, SitingService siting, NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (model, field, problem, ahp) = SitingModelParser.Parse(request.Model);
        if (model is null)
        {
            return ahp is not null ? Inconsistent(problem!, AhpResponse.From(ahp)) : ApiProblem.BadParameter(field!, problem!);
        }

        if (request.Candidates is { } json)
        {
            var (candidates, candidateProblem, namesItself) = await CandidateParser.ParseAsync(json, MaximumCandidates, dataSource, cancellationToken);
            if (candidates is null)
            {
                return namesItself ? ApiProblem.BadField("candidates", candidateProblem!) : ApiProblem.BadParameter("candidates", candidateProblem!);
            }

            return TypedResults.Ok(await siting.EvaluateCandidatesAsync(candidates, model, request.SourceVillageIds, cancellationToken));
        }

        SitingArea area;
        if (request.AreaCode is { } code)
        {
            if (!AdminCode.TryParse(code, out var parsed, out var codeProblem))
            {
                return ApiProblem.BadParameter("areaCode", codeProblem!);
            }

            area = new SitingArea(parsed.Value, null);
        }
        else if (request.AreaPolygon is { } polygon)
        {
            var (_, areaProblem) = await GeoJsonGeometryCheck.CheckAsync(
                dataSource, polygon, "areaPolygon", ["POLYGON", "MULTIPOLYGON"], "an area is a Polygon or MultiPolygon", multi: false, cancellationToken);
            if (areaProblem is not null)
            {
                return ApiProblem.BadField("areaPolygon", areaProblem);
            }

            area = new SitingArea(null, polygon.GetRawText());
        }
        else
        {
            return ApiProblem.BadParameter("candidates", "is missing: give 'candidates' (a GeoJSON FeatureCollection), or an area ('areaCode' or 'areaPolygon') with 'cellSizeMetres'.");
        }

        var cellSize = request.CellSizeMetres ?? DefaultCellSize;
        if (!double.IsFinite(cellSize) || cellSize < 10 || cellSize > 5000)
        {
            return ApiProblem.BadParameter("cellSizeMetres", "must be from 10 to 5000 metres.");
        }

        try
        {
            var run = await siting.EvaluateGridAsync(area, cellSize, model, request.SourceVillageIds, cancellationToken);
            return run is null
                ? ApiProblem.NotFound("No such administrative unit.", $"No administrative unit with geometry has the code {area.Code}. List units with /api/v1/admin-units?level=county.")
                : TypedResults.Ok(run);
        }
        catch (ArgumentOutOfRangeException e) when (e.ParamName == "cellSize")
        {
            return ApiProblem.BadParameter("cellSizeMetres", e.ForPlanner());
        }
    }

    public static async Task<Results<Ok<ExistingSitesResult>, ProblemHttpResult>> Existing(
        string? within, SitingService siting, CancellationToken cancellationToken)
    {
        if (within is not null && !AdminCode.TryParse(within, out _, out var problem))
        {
            return ApiProblem.BadParameter("within", problem!);
        }

        return TypedResults.Ok(await siting.ExistingAsync(within, new SuitabilityParameters(), cancellationToken));
    }

    public static async Task<Results<Ok<AllocationOutcome>, ProblemHttpResult>> Allocate(
        AllocateRequest request, SitingAllocator allocator, NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        // The options first: checking them costs no query.
        if (AllocateRequestCheck.OptionsProblem(request) is { Field: { } option } optionProblem)
        {
            return ApiProblem.BadParameter(option, optionProblem.Problem!);
        }

        AllocationRequest allocation;
        if (request.Villages is { Count: > 0 } villages && request.Sites is { Count: > 0 } sites)
        {
            var (field, listProblem) = await AllocateRequestCheck.CheckAsync(villages, sites, dataSource, cancellationToken);
            if (field is not null)
            {
                return ApiProblem.BadField(field, listProblem!);
            }

            allocation = new AllocationRequest(
                villages.Select(v => (v.Id, v.Households)).ToArray(),
                sites.Select(s => (s.Id, s.Capacity, s.Geometry?.GetRawText())).ToArray());
        }
        else if (request.Within is { } within)
        {
            if (!AdminCode.TryParse(within, out var parsed, out var problem))
            {
                return ApiProblem.BadParameter("within", problem!);
            }

            allocation = await allocator.DefaultRequestAsync(parsed.Value, cancellationToken);
            if (allocation.Villages.Count == 0 || allocation.Sites.Count == 0)
            {
                return ApiProblem.BadParameter("within", $"{parsed.Value} has no relocation sources or sites in the data; list 'villages' and 'sites' instead.");
            }
        }
        else
        {
            return ApiProblem.BadParameter("villages", "is missing: give 'villages' and 'sites', or 'within' (an admin code) to allocate the relocation sources there.");
        }

        allocation = AllocateRequestCheck.WithOptions(allocation, request);
        var (outcome, error) = await allocator.AllocateAsync(allocation, cancellationToken);
        if (outcome is null)
        {
            // Ids the data does not know ("The data has no natural village 'x', relocation site 'y'."), named by kind.
            return ApiProblem.BadField("villages", error!);
        }

        return outcome.Status is "infeasible" or "unsolved"
            ? TypedResults.Problem(
                title: outcome.Status == "infeasible" ? "No whole-village allocation is possible." : "No whole-village allocation was found in time.",
                detail: outcome.Message,
                statusCode: StatusCodes.Status422UnprocessableEntity,
                extensions: new Dictionary<string, object?> { ["parameter"] = "sites", ["unmet"] = outcome.Unmet })
            : TypedResults.Ok(outcome);
    }

    public static async Task<Results<Ok<SuitabilityRun>, ProblemHttpResult>> GetRun(long run, SuitabilityRunStore runs, CancellationToken cancellationToken) =>
        await runs.GetAsync(run, cancellationToken) is { } found ? TypedResults.Ok(found) : UnknownRun(run);

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> GetRunGeoTiff(long run, SuitabilityRunStore runs, CancellationToken cancellationToken) =>
        await runs.GeoTiffAsync(run, cancellationToken) is { } tiff
            ? TypedResults.File(tiff, "image/tiff", string.Create(CultureInfo.InvariantCulture, $"suitability-{run}.tif"))
            : UnknownRun(run);

    public static async Task<Results<Ok<IReadOnlyList<SuitabilityCell>>, ProblemHttpResult>> GetRunCells(
        long run, string? limit, string? offset, SuitabilityRunStore runs, CancellationToken cancellationToken)
    {
        if (!QueryNumbers.TryParse(limit, "limit", 1000, 1, 100_000, out var parsedLimit, out var limitProblem))
        {
            return limitProblem;
        }

        if (!QueryNumbers.TryParse(offset, "offset", 0, 0, int.MaxValue, out var parsedOffset, out var offsetProblem))
        {
            return offsetProblem;
        }

        if (await runs.GetAsync(run, cancellationToken) is null)
        {
            return UnknownRun(run);
        }

        return TypedResults.Ok(await runs.CellsAsync(run, parsedLimit, parsedOffset, cancellationToken));
    }

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> SuitabilityTile(
        int z, int x, string y, string? run, SuitabilityRunStore runs, CancellationToken cancellationToken)
    {
        if (!y.EndsWith(".mvt", StringComparison.Ordinal) || !int.TryParse(y.AsSpan(0, y.Length - 4), NumberStyles.None, CultureInfo.InvariantCulture, out var row))
        {
            return ApiProblem.BadParameter("y", $"'{y}' is not a tile row with the .mvt extension, e.g. 123.mvt.");
        }

        if (z is < 0 or > 22 || x < 0 || x >= (1 << z) || row >= (1 << z))
        {
            return ApiProblem.BadParameter("z", "z must be 0–22 and x, y within 0 … 2^z − 1.");
        }

        if (run is null || !long.TryParse(run, NumberStyles.None, CultureInfo.InvariantCulture, out var runId))
        {
            return ApiProblem.BadParameter("run", "names the stored grid to draw: the 'run' of a POST /api/v1/siting/evaluate response, e.g. ?run=1.");
        }

        if (await runs.GetAsync(runId, cancellationToken) is null)
        {
            return UnknownRun(runId);
        }

        return TypedResults.File(await runs.TileAsync(runId, z, x, row, cancellationToken), "application/vnd.mapbox-vector-tile");
    }

    private static ProblemHttpResult Inconsistent(string detail, AhpResponse ahp) =>
        TypedResults.Problem(
            title: "The pairwise comparison matrix is too inconsistent.",
            detail: detail,
            statusCode: StatusCodes.Status422UnprocessableEntity,
            extensions: new Dictionary<string, object?> { ["parameter"] = "matrix", ["ahp"] = ahp });

    private static ProblemHttpResult UnknownRun(long run) =>
        ApiProblem.NotFound("No such suitability run.", string.Create(CultureInfo.InvariantCulture,
            $"No stored grid has run id {run}. Evaluate an area with POST /api/v1/siting/evaluate to get one."));
}
