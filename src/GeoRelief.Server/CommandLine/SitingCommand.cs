using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Serialization;
using GeoRelief.Core.Siting.Criteria;
using GeoRelief.Data.Siting;
using GeoRelief.Server.Apis;
using GeoRelief.Server.Apis.Siting;
using GeoRelief.Server.CommandLine.Siting;

namespace GeoRelief.Server.CommandLine;

/// <summary><c>georelief siting ahp|evaluate|existing|allocate</c>: relocation siting from the command line.</summary>
public static class SitingCommand
{
    // As the API reads its bodies: a field the request does not have is refused, not ignored.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow };

    private static readonly Option<string> Format =
        new Option<string>("--format") { Description = "json (default), csv or geojson.", DefaultValueFactory = _ => "json" }.AcceptOnlyFromAmong("json", "csv", "geojson");

    // An allocation is a table of assignments: no geometry of its own.
    private static readonly Option<string> AllocationFormat =
        new Option<string>("--format") { Description = "json (default) or csv.", DefaultValueFactory = _ => "json" }.AcceptOnlyFromAmong("json", "csv");

    private static readonly Option<FileInfo?> Out = new("--out") { Description = "Write to this file instead of standard output." };

    private static readonly Option<FileInfo?> Model = new("--model") { Description = "A JSON file of model overrides (as 'model' in POST /api/v1/siting/evaluate)." };

    public static Command Create()
    {
        var siting = new Command("siting", "Relocation siting: AHP weights, suitability of candidates and areas, existing sites, allocation.");

        var matrix = new Argument<FileInfo>("matrix") { Description = "A JSON file {\"criteria\": [...], \"matrix\": [[...]]}." };
        var ahp = new Command("ahp", "Weights, λmax, CI and CR of a pairwise comparison matrix.") { matrix, Out };
        ahp.SetAction((p, ct) => AhpAsync(p.GetValue(matrix)!, p.GetValue(Out), ct));
        siting.Subcommands.Add(ahp);

        var candidates = new Option<FileInfo?>("--candidates") { Description = "A GeoJSON FeatureCollection of candidate points or polygons (EPSG:4490)." };
        var area = new Option<string?>("--area") { Description = "An admin code: evaluate every cell of a grid over it." };
        var cellSize = new Option<double>("--cell-size") { Description = "Grid cell size in metres.", DefaultValueFactory = _ => 100 };
        var evaluate = new Command("evaluate", "Suitability of candidates (--candidates) or of a grid over an area (--area).") { candidates, area, cellSize, Model, Format, Out };
        evaluate.SetAction((p, ct) => EvaluateAsync(p, p.GetValue(candidates), p.GetValue(area), p.GetValue(cellSize), ct));
        siting.Subcommands.Add(evaluate);

        var within = new Option<string?>("--within") { Description = "An admin code." };
        var existing = new Command("existing", "Scores the relocation sites in the data and counts them per class.") { within, Format, Out };
        existing.SetAction((p, ct) => ExistingAsync(p, p.GetValue(within), ct));
        siting.Subcommands.Add(existing);

        var request = new Option<FileInfo?>("--request") { Description = "A JSON file as the body of POST /api/v1/siting/allocate." };
        var allocateWithin = new Option<string?>("--within") { Description = "Allocate the relocation sources and sites within this admin code." };
        var timeLimit = new Option<double?>("--time-limit") { Description = "Seconds CBC may search (1–600, default 30); the best answer found is returned with its gap. Overrides timeLimitSeconds of --request." };
        var allocate = new Command("allocate", "Whole source villages to capacitated sites (exact by CBC).") { request, allocateWithin, timeLimit, AllocationFormat, Out };
        allocate.SetAction((p, ct) => AllocateAsync(p, p.GetValue(request), p.GetValue(allocateWithin), p.GetValue(timeLimit), ct));
        siting.Subcommands.Add(allocate);
        return siting;
    }

    private static async Task<int> AhpAsync(FileInfo file, FileInfo? output, CancellationToken cancellationToken)
    {
        var (request, readProblem) = await ReadAsync<AhpRequest>(file, cancellationToken);
        if (request is null)
        {
            return await FailAsync(readProblem!);
        }

        var (result, field, problem) = SitingModelParser.Ahp(request, string.Empty);
        if (result is null)
        {
            return await FailAsync($"{field} {problem}");
        }

        await WriteAsync(output, SitingOutput.ToJson(AhpResponse.From(result)), "json", cancellationToken);
        return result.IsConsistent ? 0 : await FailAsync(result.Explanation());
    }

    private static Task<int> EvaluateAsync(ParseResult parse, FileInfo? candidates, string? area, double cellSize, CancellationToken cancellationToken) =>
        CommandDatabase.RunAsync(async () =>
        {
            var (model, problem) = await ModelAsync(parse.GetValue(Model), cancellationToken);
            if (model is null)
            {
                return await FailAsync(problem!);
            }

            await using var opened = await CommandDatabase.OpenAsync(parse, cancellationToken);
            var service = Service(opened);
            if (candidates is not null)
            {
                using var document = JsonDocument.Parse(await File.ReadAllTextAsync(candidates.FullName, cancellationToken));
                var (list, candidateProblem, namesItself) = await CandidateParser.ParseAsync(document.RootElement, int.MaxValue, opened.Database.DataSource, opened.Interrupted);
                if (list is null)
                {
                    return await FailAsync((namesItself ? "--candidates: " : "--candidates ") + candidateProblem);
                }

                var results = await service.EvaluateCandidatesAsync(list, model, null, opened.Interrupted);
                await WriteAsync(parse.GetValue(Out), Render(parse.GetValue(Format)!, results), parse.GetValue(Format)!, opened.Interrupted);
                return 0;
            }

            if (area is null)
            {
                return await FailAsync("give --candidates FILE or --area CODE.");
            }

            var run = await service.EvaluateGridAsync(new SitingArea(area, null), cellSize, model, null, opened.Interrupted);
            if (run is null)
            {
                return await FailAsync($"no administrative unit with geometry has the code {area}.");
            }

            await WriteAsync(parse.GetValue(Out), SitingOutput.ToJson(run), "json", opened.Interrupted);
            return 0;
        });

    private static Task<int> ExistingAsync(ParseResult parse, string? within, CancellationToken cancellationToken) =>
        CommandDatabase.RunAsync(async () =>
        {
            await using var opened = await CommandDatabase.OpenAsync(parse, cancellationToken);
            var result = await Service(opened).ExistingAsync(within, new SuitabilityParameters(), opened.Interrupted);
            var format = parse.GetValue(Format)!;
            await WriteAsync(parse.GetValue(Out), format == "json" ? SitingOutput.ToJson(result) : Render(format, result.Sites), format, opened.Interrupted);
            return 0;
        });

    private static Task<int> AllocateAsync(ParseResult parse, FileInfo? requestFile, string? within, double? timeLimit, CancellationToken cancellationToken) =>
        CommandDatabase.RunAsync(async () =>
        {
            await using var opened = await CommandDatabase.OpenAsync(parse, cancellationToken);
            var allocator = new SitingAllocator(opened.Database.DataSource, new CbcSolver());
            AllocateRequest body;
            if (requestFile is not null)
            {
                var (read, readProblem) = await ReadAsync<AllocateRequest>(requestFile, opened.Interrupted);
                if (read is null)
                {
                    return await FailAsync(readProblem!);
                }

                body = read with { Within = read.Within ?? within };
            }
            else if (within is not null)
            {
                body = new AllocateRequest(within, null, null, null, null, null, null);
            }
            else
            {
                return await FailAsync("give --within CODE or --request FILE.");
            }

            body = body with { TimeLimitSeconds = timeLimit ?? body.TimeLimitSeconds };
            if (AllocateRequestCheck.OptionsProblem(body) is { Field: { } option } optionProblem)
            {
                return await FailAsync($"{(option == "timeLimitSeconds" && timeLimit is not null ? "--time-limit" : option)} {optionProblem.Problem}");
            }

            AllocationRequest request;
            if (body.Villages is { Count: > 0 } villages && body.Sites is { Count: > 0 } sites)
            {
                if (await AllocateRequestCheck.CheckAsync(villages, sites, opened.Database.DataSource, opened.Interrupted) is { Field: not null } invalid)
                {
                    return await FailAsync(invalid.Problem!);
                }

                request = new AllocationRequest(villages.Select(v => (v.Id, v.Households)).ToArray(), sites.Select(s => (s.Id, s.Capacity, s.Geometry?.GetRawText())).ToArray());
            }
            else
            {
                request = await allocator.DefaultRequestAsync(body.Within ?? "", opened.Interrupted);
            }

            request = AllocateRequestCheck.WithOptions(request, body);
            var (outcome, problem) = await allocator.AllocateAsync(request, opened.Interrupted);
            if (outcome is null)
            {
                return await FailAsync(problem!);
            }

            await WriteAsync(parse.GetValue(Out), parse.GetValue(AllocationFormat) == "csv" ? SitingOutput.ToCsv(outcome) : SitingOutput.ToJson(outcome), parse.GetValue(AllocationFormat)!, opened.Interrupted);
            return outcome.Status is "infeasible" or "unsolved" ? await FailAsync(outcome.Message!) : 0;
        });

    private static SitingService Service(CommandDatabase opened)
    {
        var dataSource = opened.Database.DataSource;
        return new SitingService(new SitingCandidateStore(dataSource), new SuitabilityGridStore(dataSource), new SuitabilityRunStore(dataSource));
    }

    private static async Task<(SuitabilityParameters? Model, string? Problem)> ModelAsync(FileInfo? file, CancellationToken cancellationToken)
    {
        SitingModelRequest? request = null;
        if (file is not null)
        {
            (request, var readProblem) = await ReadAsync<SitingModelRequest>(file, cancellationToken);
            if (request is null)
            {
                return (null, readProblem);
            }
        }

        var (model, field, problem, _) = SitingModelParser.Parse(request);
        return (model, model is null ? $"{field}: {problem}" : null);
    }

    private static string Render(string format, IReadOnlyList<SiteResult> sites) => format switch
    {
        "csv" => SitingOutput.ToCsv(sites),
        "geojson" => SitingOutput.ToGeoJson(sites),
        _ => SitingOutput.ToJson(sites),
    };

    private static async Task WriteAsync(FileInfo? file, string text, string format, CancellationToken cancellationToken)
    {
        if (file is null)
        {
            await Console.Out.WriteLineAsync(text);
        }
        else
        {
            await File.WriteAllTextAsync(file.FullName, text, OutputFiles.Encoding(format), cancellationToken);
        }
    }

    /// <summary>A request file read as the API reads its body; on failure a message naming the file and the field.</summary>
    private static async Task<(T? Value, string? Problem)> ReadAsync<T>(FileInfo file, CancellationToken cancellationToken)
        where T : class
    {
        try
        {
            return JsonSerializer.Deserialize<T>(await File.ReadAllTextAsync(file.FullName, cancellationToken), Json) is { } value
                ? (value, null)
                : (null, $"{file.Name} holds null: give the request as a JSON object.");
        }
        catch (JsonException e)
        {
            var (field, problem) = JsonBodyProblem.Describe(e);
            return (null, $"{file.Name}: '{field}' {problem}");
        }
    }

    private static async Task<int> FailAsync(string message)
    {
        await Console.Error.WriteLineAsync("georelief siting: " + message);
        return 1;
    }
}
