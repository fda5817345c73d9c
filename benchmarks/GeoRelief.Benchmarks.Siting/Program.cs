using System.Diagnostics;
using System.Globalization;
using GeoRelief.Core.Siting.Allocation;
using GeoRelief.Core.Siting.Criteria;
using GeoRelief.Core.Siting.Grid;
using GeoRelief.Data.Siting;
using Npgsql;

// Usage: GEORELIEF_DB='Host=…;Database=…' dotnet run -c Release --project benchmarks/GeoRelief.Benchmarks.Siting [-- repetitions] [--grid-only|--allocation-only|--lagrangian-only] [--write-lp DIR]
// The database must hold the sample (georelief sample load). Prints one line per measurement.
var connectionString = Environment.GetEnvironmentVariable("GEORELIEF_DB");
if (string.IsNullOrWhiteSpace(connectionString))
{
    await Console.Error.WriteLineAsync("Set GEORELIEF_DB to the connection string of a database with the sample loaded.");
    return 1;
}

var repetitions = args.Length > 0 && int.TryParse(args[0], CultureInfo.InvariantCulture, out var r) ? r : 5;
var gridOnly = args.Contains("--grid-only");
var allocationOnly = args.Contains("--allocation-only") || args.Contains("--lagrangian-only");
var lagrangianOnly = args.Contains("--lagrangian-only");
var writeLp = Array.IndexOf(args, "--write-lp") is var w and >= 0 && w + 1 < args.Length ? args[w + 1] : null;
await using var dataSource = NpgsqlDataSource.Create(connectionString);
var parameters = new SuitabilityParameters();
var area = new SitingArea("522628", null);
var grids = new SuitabilityGridStore(dataSource);
var runs = new SuitabilityRunStore(dataSource);

Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}");
Console.WriteLine("grid: 锦屏县 522628, 100 m cells, 9 constraints + 7 scored factors (16 criteria layers)");
for (var i = 0; i <= repetitions && !allocationOnly; i++)
{
    var clock = Stopwatch.StartNew();
    var layers = (await grids.LoadAsync(area, 100, parameters, null, CancellationToken.None))!;
    var load = clock.Elapsed.TotalSeconds;
    clock.Restart();
    var result = SuitabilityGridOp.Evaluate(layers.Input, parameters);
    var score = clock.Elapsed.TotalSeconds;
    clock.Restart();
    var run = await runs.SaveAsync(area, layers.Grid, result, "{}", "{}", CancellationToken.None);
    var save = clock.Elapsed.TotalSeconds;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{(i == 0 ? "warm-up" : $"run {i}")}: cells {result.CellsInArea}, measure {load:0.000} s (PostGIS rasterising + distance transforms), score {score:0.000} s, evaluate total {load + score:0.000} s, store run {run} {save:0.000} s"));
}

if (gridOnly)
{
    return 0;
}

var allocator = new SitingAllocator(dataSource, new CbcSolver());
// The 1 : 2 : 3 instance with and without p, then the catchment instance on the five disjoint fifths of the villages.
var instances = new (int Sample, int? MaximumSites, bool ByCatchment)[] { (0, null, false), (0, 15, false) }
    .Concat(Enumerable.Range(0, 5).Select(sample => (sample, (int?)null, true)));
foreach (var (sample, maximumSites, byCatchment) in instances)
{
    var (villages, sites) = await AllocationInstanceAsync(dataSource, sample);
    var request = new AllocationRequest(villages, sites, maximumSites);
    var clock = Stopwatch.StartNew();
    var (built, methods, error) = await allocator.BuildAsync(request, CancellationToken.None);
    var build = clock.Elapsed.TotalSeconds;
    if (built is null)
    {
        await Console.Error.WriteLineAsync(error);
        return 1;
    }

    var problem = byCatchment ? CatchmentCapacities(built) : built;
    Console.WriteLine(byCatchment
        ? $"sample {sample} (natural villages n ≡ {sample} mod 5), capacities by catchment: 115 % of the demand shared in proportion to Σ households × exp(−minutes / 15) around each site"
        : $"sample {sample} (natural villages n ≡ {sample} mod 5), capacities 1 : 2 : 3 in turn: 115 % of the demand, not placed where the demand is");

    if (writeLp is not null)
    {
        var file = Path.Combine(writeLp, $"allocation-{villages.Count}x{sites.Count}{(maximumSites is { } m ? $"-p{m}" : "")}-sample{sample}{(byCatchment ? "-catchment" : "")}.lp");
        await File.WriteAllTextAsync(file, AllocationMipWriter.Write(problem, relax: false));
        Console.WriteLine($"wrote {file}");
    }

    AllocationOutcome? outcome = null;
    if (!lagrangianOnly)
    {
        clock.Restart();
        outcome = await allocator.SolveAsync(problem, methods!, request.ExactLimit, TimeSpan.FromSeconds(60), CancellationToken.None);
        var solve = clock.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"allocate {villages.Count} villages ({problem.TotalDemand} households) to {sites.Count} sites (capacity {problem.TotalCapacity}){(maximumSites is { } p ? $", at most {p} sites" : "")}: "
            + $"network costs {build:0.000} s, {outcome.Method} {solve:0.000} s, status {outcome.Status}, gap {outcome.Gap?.ToString("0.####", CultureInfo.InvariantCulture) ?? "-"}, objective {outcome.Objective:0.0} household-minutes"));
    }

    var relaxation = await new CbcSolver().SolveAsync(problem, relax: true, TimeSpan.FromSeconds(60), CancellationToken.None);
    clock.Restart();
    var lagrangian = AllocationLagrangianOp.Solve(problem, AllocationHeuristicOp.Solve(problem), relaxation.VillageDuals(problem.Villages.Count), new AllocationLagrangianParameters());
    if (lagrangian is not null)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  LP bound {relaxation.Objective:0.0}; lagrangian from its duals and the greedy answer: {clock.Elapsed.TotalSeconds:0.000} s, {lagrangian.Iterations} steps, bound {lagrangian.LowerBound:0.0}, "
            + $"answer {(lagrangian.Incumbent is { } a ? problem.Objective(a).ToString("0.0", CultureInfo.InvariantCulture) : "-")}, {lagrangian.ExcludedPairs} of {problem.AllowedPairs} pairs excluded"));
    }

    if (outcome is null)
    {
        continue;
    }

    clock.Restart();
    var heuristic = AllocationHeuristicOp.Solve(problem);
    var heuristicSeconds = clock.Elapsed.TotalSeconds;
    if (heuristic is not null && outcome.Objective is { } optimum)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  heuristic alone: {heuristicSeconds:0.000} s, objective {problem.Objective(heuristic):0.0}, {(problem.Objective(heuristic) - optimum) / optimum:P2} above the CBC answer"));
    }
}

return 0;

// 200 natural villages of 锦屏县 (every fifth by id, starting at the sample-th) and 20 sites: the county's relocation sites plus candidates at
// township seats, capacities sharing 115 % of the demand in proportion 1…3.
static async Task<(IReadOnlyList<(string, int?)>, IReadOnlyList<(string, int?, string?)>)> AllocationInstanceAsync(NpgsqlDataSource dataSource, int sample)
{
    var villages = new List<(string, int?)>();
    await using (var command = dataSource.CreateCommand(Sql("villages.sql")))
    {
        command.Parameters.AddWithValue("sample", sample);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            villages.Add((reader.GetString(0), reader.GetInt32(1)));
        }
    }

    var points = new List<(string Id, string? GeoJson)>();
    await using (var command = dataSource.CreateCommand(Sql("sites.sql")))
    await using (var reader = await command.ExecuteReaderAsync())
    {
        while (await reader.ReadAsync())
        {
            points.Add((reader.GetString(0), await reader.IsDBNullAsync(1) ? null : reader.GetString(1)));
        }
    }

    var demand = villages.Sum(v => v.Item2!.Value);
    var shares = points.Select((_, i) => 1 + (i % 3)).ToArray();
    var sites = points.Select((p, i) => (p.Id, (int?)(int)Math.Ceiling(1.15 * demand * shares[i] / shares.Sum()), p.GeoJson)).ToArray();
    return (villages, sites);
}

// The same villages and sites with capacity where the demand is: each site's share of 115 % of the demand follows the
// households within its reach, weighted by exp(−travel minutes / 15), so neighbouring sites compete for the villages
// between them as planned sites do.
static AllocationProblem CatchmentCapacities(AllocationProblem problem)
{
    var reach = Enumerable.Range(0, problem.Sites.Count)
        .Select(s => Enumerable.Range(0, problem.Villages.Count).Where(v => problem.Allowed(v, s)).Sum(v => problem.Villages[v].Households * Math.Exp(-problem.Cost[v][s] / 15)))
        .ToArray();
    var sites = problem.Sites.Select((site, s) => site with { Capacity = (int)Math.Ceiling(1.15 * problem.TotalDemand * reach[s] / reach.Sum()) }).ToArray();
    return problem with { Sites = sites };
}

static string Sql(string name)
{
    using var stream = typeof(Program).Assembly.GetManifestResourceStream(name);
    using var reader = new StreamReader(stream ?? throw new InvalidOperationException($"No embedded {name}."));
    return reader.ReadToEnd();
}
