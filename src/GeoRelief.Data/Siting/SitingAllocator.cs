using GeoRelief.Core.Siting.Allocation;
using GeoRelief.Data.Sql;
using Npgsql;
using NpgsqlTypes;

namespace GeoRelief.Data.Siting;

/// <summary>
/// Allocates whole source villages to capacitated sites: costs from the road network (pgRouting; straight-line
/// fallback labelled per pair), solved exactly by CBC up to <see cref="AllocationRequest.ExactLimit"/> variables and by
/// <see cref="AllocationHeuristicOp"/> with its gap to the LP relaxation (also solved by CBC) beyond.
/// </summary>
public sealed class SitingAllocator(NpgsqlDataSource dataSource, CbcSolver solver)
{
    /// <summary>The cost method labels.</summary>
    public const string Network = "network", StraightLine = "straight_line";

    /// <summary>The default problem within an administrative unit: the relocation sources and sites there.</summary>
    public async Task<AllocationRequest> DefaultRequestAsync(string within, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(EmbeddedSql.Read("Siting/Sql/default_sources.sql"));
        command.Parameters.AddWithValue("within", NpgsqlDbType.Text, within);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var villages = new List<(string, int?)>();
        var sites = new List<(string, int?, string?)>();
        while (await reader.ReadAsync(cancellationToken))
        {
            if (reader.GetString(0) == "village")
            {
                villages.Add((reader.GetString(1), reader.GetInt32(2)));
            }
            else
            {
                sites.Add((reader.GetString(1), reader.GetInt32(2), null));
            }
        }

        return new AllocationRequest(villages, sites);
    }

    /// <summary>
    /// Builds the problem from the data; returns the problem with the cost method of every pair, or a message naming
    /// the ids the data does not know.
    /// </summary>
    public async Task<(AllocationProblem? Problem, string[,]? Methods, string? Error)> BuildAsync(AllocationRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var villageIds = request.Villages.Select(v => v.Id).ToArray();
        var siteIds = request.Sites.Select(s => s.Id).ToArray();
        var siteGeoJson = request.Sites.Select(s => s.GeoJson).ToArray();
        var villageHouseholds = new int?[villageIds.Length];
        var siteCapacity = new int?[siteIds.Length];
        var unknown = new List<string>();
        await using (var command = dataSource.CreateCommand(EmbeddedSql.Read("Siting/Sql/allocation_points.sql")))
        {
            AddPoints(command, villageIds, siteIds, siteGeoJson);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var isVillage = reader.GetString(0) == "village";
                var n = (int)reader.GetInt64(1) - 1;
                if (!reader.GetBoolean(4))
                {
                    unknown.Add($"{(isVillage ? "natural village" : "relocation site")} '{reader.GetString(2)}'");
                    continue;
                }

                int? amount = await reader.IsDBNullAsync(3, cancellationToken) ? null : reader.GetInt32(3);
                if (isVillage)
                {
                    villageHouseholds[n] = request.Villages[n].Households ?? amount;
                }
                else
                {
                    siteCapacity[n] = request.Sites[n].Capacity ?? amount;
                }
            }
        }

        if (unknown.Count > 0)
        {
            return (null, null, $"The data has no {string.Join(", ", unknown.Take(5))}{(unknown.Count > 5 ? $" and {unknown.Count - 5} more" : "")}.");
        }

        var candidateWithoutCapacity = Array.FindIndex(siteCapacity, c => c is null);
        if (candidateWithoutCapacity >= 0)
        {
            return (null, null, $"Site '{siteIds[candidateWithoutCapacity]}' is a candidate not in the data: give its capacity in households.");
        }

        var cost = new double[villageIds.Length][];
        var methods = new string[villageIds.Length, siteIds.Length];
        for (var v = 0; v < cost.Length; v++)
        {
            cost[v] = new double[siteIds.Length];
        }

        await using (var connection = await dataSource.OpenConnectionAsync(cancellationToken))
        await using (var transaction = await connection.BeginTransactionAsync(cancellationToken))
        {
            var network = request.UseNetwork && await PgRoutingAsync(connection, transaction, cancellationToken);
            if (network)
            {
                await using var build = new NpgsqlCommand(EmbeddedSql.Read("Siting/Sql/network_build.sql"), connection, transaction);
                AddPoints(build, villageIds, siteIds, siteGeoJson);
                await build.ExecuteNonQueryAsync(cancellationToken);
            }

            await using var costs = new NpgsqlCommand(EmbeddedSql.Read(network ? "Siting/Sql/network_costs.sql" : "Siting/Sql/straight_costs.sql"), connection, transaction);
            AddPoints(costs, villageIds, siteIds, siteGeoJson);
            await using var reader = await costs.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var v = (int)reader.GetInt64(0) - 1;
                var s = (int)reader.GetInt64(1) - 1;
                if (!await reader.IsDBNullAsync(2, cancellationToken))
                {
                    cost[v][s] = reader.GetDouble(2);
                    methods[v, s] = Network;
                }
                else
                {
                    cost[v][s] = reader.GetDouble(3) * AllocationRequest.FallbackDetour / (AllocationRequest.FallbackSpeedKmh * 1000 / 60);
                    methods[v, s] = StraightLine;
                }

                if (request.MaximumTravelMinutes is { } limit && cost[v][s] > limit)
                {
                    cost[v][s] = double.PositiveInfinity;
                }
            }
        }

        var problem = new AllocationProblem(
            villageIds.Select((id, v) => new AllocationVillage(id, villageHouseholds[v]!.Value)).ToArray(),
            siteIds.Select((id, s) => new AllocationSite(id, siteCapacity[s]!.Value)).ToArray(),
            cost,
            request.MaximumSites);
        return (problem, methods, null);
    }

    /// <summary>The relocation plan on record for these natural villages (every site each is recorded at).</summary>
    public async Task<IReadOnlyList<RecordedPlanPair>> RecordedPlanAsync(IReadOnlyList<string> villageIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(villageIds);
        await using var command = dataSource.CreateCommand(EmbeddedSql.Read("Siting/Sql/recorded_plan.sql"));
        command.Parameters.AddWithValue("village_ids", NpgsqlDbType.Array | NpgsqlDbType.Text, villageIds.ToArray());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var pairs = new List<RecordedPlanPair>();
        while (await reader.ReadAsync(cancellationToken))
        {
            pairs.Add(new RecordedPlanPair(reader.GetString(0), reader.GetString(1), reader.GetInt32(2)));
        }

        return pairs;
    }

    /// <summary>Solves a built problem: villages reaching no site are unmet demand, the rest go to CBC or the heuristic.</summary>
    public Task<AllocationOutcome> SolveAsync(
        AllocationProblem problem, string[,] methods, int exactLimit, TimeSpan timeLimit, CancellationToken cancellationToken) =>
        SolveAsync(problem, methods, exactLimit, timeLimit, null, cancellationToken);

    /// <summary>
    /// Solves a built problem: villages reaching no site are unmet demand, the rest go to CBC or the heuristic. The
    /// plan on record (<paramref name="recorded"/>; null: not examined), when it is a feasible whole-village answer,
    /// is one more MIP start, so the answer is never costlier than it.
    /// </summary>
    public async Task<AllocationOutcome> SolveAsync(
        AllocationProblem problem, string[,] methods, int exactLimit, TimeSpan timeLimit, IReadOnlyList<RecordedPlanPair>? recorded, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(methods);
        var reachable = Enumerable.Range(0, problem.Villages.Count).Where(v => Enumerable.Range(0, problem.Sites.Count).Any(s => problem.Allowed(v, s))).ToArray();
        var unmet = Enumerable.Range(0, problem.Villages.Count).Except(reachable).Select(v => problem.Villages[v]).ToArray();
        var pairs = new Dictionary<string, int>(StringComparer.Ordinal) { [Network] = 0, [StraightLine] = 0 };
        foreach (var v in reachable)
        {
            for (var s = 0; s < problem.Sites.Count; s++)
            {
                if (problem.Allowed(v, s))
                {
                    pairs[methods[v, s]]++;
                }
            }
        }

        var unit = pairs[StraightLine] == 0 ? "minutes (road network)" : pairs[Network] == 0 ? "minutes (straight line × 1.3 at 30 km/h)" : "minutes (road network; straight-line fallback where no path)";
        if (reachable.Length == 0)
        {
            return new AllocationOutcome("infeasible", "none", null, null, null, unit, [], unmet, [], pairs,
                "No source village can reach any site within the travel limit.");
        }

        var sub = new AllocationProblem(
            reachable.Select(v => problem.Villages[v]).ToArray(),
            problem.Sites,
            reachable.Select(v => problem.Cost[v]).ToArray(),
            problem.MaximumSites);
        if (sub.Shortfall() is { } shortfall)
        {
            return new AllocationOutcome("infeasible", "capacity check", null, null, null, unit, [], unmet, [], pairs, shortfall);
        }

        // The LP relaxation first: its bound is the gap's reference, its infeasibility a proof, and its rounding the MIP start.
        var lp = await solver.SolveAsync(sub, relax: true, timeLimit, cancellationToken);
        if (lp.Status == CbcStatus.Infeasible)
        {
            return new AllocationOutcome("infeasible", "cbc (LP relaxation)", null, null, null, unit, [], unmet, [], pairs,
                "Even the LP relaxation is infeasible: the sites cannot take the villages they can reach, even split.");
        }

        double? bound = lp.Status == CbcStatus.Optimal ? lp.Objective : null;
        var start = Cheaper(sub, bound is null ? null : AllocationRoundingOp.Solve(sub, Shares(sub, lp)), AllocationHeuristicOp.Solve(sub));
        var fit = recorded is null ? null : AllocationRecordedPlanOp.Fit(sub, recorded);
        var plan = fit is null ? null : new RecordedPlanReport(fit.Assignment is not null, fit.Objective, fit.Refusal, fit.DemandDiffers);
        start = Cheaper(sub, start, fit?.Improved);

        // The Lagrangian bound is tighter than the LP's; against the start it also rules out most village–site pairs.
        var lagrangian = AllocationLagrangianOp.Solve(sub, start, bound is null ? null : lp.VillageDuals(sub.Villages.Count), new AllocationLagrangianParameters());
        var model = sub;
        if (lagrangian is not null)
        {
            start = Cheaper(sub, start, lagrangian.Incumbent);
            bound = Math.Max(bound ?? double.NegativeInfinity, lagrangian.LowerBound);
            if (lagrangian.ProvesOptimal(sub))
            {
                return Outcome("optimal", "lagrangian bound", sub, start!, sub.Objective(start!), unit, unmet, pairs, plan);
            }

            model = lagrangian.ExcludedPairs > 0 ? lagrangian.Reduce(sub) : sub;
        }

        if (sub.AllowedPairs <= exactLimit)
        {
            // The reduced model keeps every pair an answer cheaper than the start could use: its optimum is the problem's.
            var solution = await solver.SolveAsync(model, relax: false, timeLimit, start, cancellationToken);
            if (solution.Status == CbcStatus.Infeasible)
            {
                return new AllocationOutcome("infeasible", "cbc (exact MIP)", null, null, null, unit, [], unmet, [], pairs,
                    $"CBC proved that no whole-village assignment fits: the sites hold {sub.TotalCapacity} households and the villages need {sub.TotalDemand}, "
                    + "but the villages cannot be packed whole into the sites they can reach. Add capacity, allow more sites or raise the travel limit.");
            }

            // Stopped by its time limit, CBC may list no integer answer of its own; the start it was given still stands.
            var assignment = Cheaper(sub, Read(model, solution), start);
            if (assignment is not null)
            {
                var optimal = solution.Status == CbcStatus.Optimal && Read(model, solution) is { } proven && sub.Objective(proven) <= sub.Objective(assignment) + 1e-9;
                if (SearchBound(sub, model, solution, lagrangian) is { } searched)
                {
                    bound = Math.Max(bound ?? searched, searched);
                }

                var method = ReferenceEquals(model, sub) ? "cbc (exact MIP)" : "lagrangian bound and pair fixing + cbc (exact MIP)";
                return Outcome(optimal ? "optimal" : "feasible", method, sub, assignment, optimal ? sub.Objective(assignment) : bound, unit, unmet, pairs, plan);
            }
        }

        if (start is null)
        {
            return new AllocationOutcome("unsolved", "cbc (time limit) + LP rounding + greedy + local search", null, bound, null, unit, [], unmet, [], pairs,
                "Neither CBC within its time limit nor the heuristics found a whole-village assignment, and none was proven impossible: "
                + "add capacity, allow more sites, or give the solver more time."
                + (plan?.Reason is { } reason ? " The recorded plan is no answer either: " + reason : ""), plan);
        }

        return Outcome("heuristic", fit?.Improved is null ? "LP rounding / greedy + local search" : "LP rounding / greedy / recorded plan + local search", sub, start, bound, unit, unmet, pairs, plan);
    }

    /// <summary>Builds and solves.</summary>
    public async Task<(AllocationOutcome? Outcome, string? Problem)> AllocateAsync(AllocationRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (problem, methods, message) = await BuildAsync(request, cancellationToken);
        if (problem is null)
        {
            return (null, message);
        }

        if (problem.Validate() is { } invalid)
        {
            return (null, invalid);
        }

        var recorded = await RecordedPlanAsync(problem.Villages.Select(v => v.Id).ToArray(), cancellationToken);
        var outcome = await SolveAsync(problem, methods!, request.ExactLimit, request.TimeLimit ?? AllocationRequest.DefaultTimeLimit, recorded, cancellationToken);
        return (outcome, null);
    }

    private static AllocationOutcome Outcome(
        string status, string method, AllocationProblem problem, int[] assignment, double? bound, string unit, AllocationVillage[] unmet, Dictionary<string, int> pairs,
        RecordedPlanReport? plan)
    {
        var objective = problem.Objective(assignment);
        double? gap = bound is { } b ? (objective <= 0 ? 0 : Math.Max(0, (objective - b) / objective)) : null;
        return new AllocationOutcome(status, method, objective, bound, gap, unit, AllocationSummary.Assignments(problem, assignment), unmet,
            AllocationSummary.Utilisation(problem, assignment), pairs, null, plan);
    }

    /// <summary>
    /// The bound CBC proved when it stopped, as a bound on <paramref name="problem"/>: the reduced model leaves out only
    /// answers costlier than the incumbent its pairs were fixed against, so the problem's optimum is at least the lower of
    /// the two.
    /// </summary>
    internal static double? SearchBound(AllocationProblem problem, AllocationProblem model, CbcSolution solution, AllocationLagrangianResult? lagrangian)
    {
        if (solution.LowerBound is not { } searched)
        {
            return null;
        }

        if (ReferenceEquals(model, problem))
        {
            return searched;
        }

        return lagrangian?.Incumbent is { } incumbent ? Math.Min(searched, problem.Objective(incumbent)) : null;
    }

    private static int[]? Cheaper(AllocationProblem problem, int[]? a, int[]? b) =>
        a is null ? b : b is null ? a : problem.Objective(b) < problem.Objective(a) ? b : a;

    private static double[][] Shares(AllocationProblem problem, CbcSolution relaxation) =>
        Enumerable.Range(0, problem.Villages.Count)
            .Select(v => Enumerable.Range(0, problem.Sites.Count).Select(s => problem.Allowed(v, s) ? relaxation.Value(AllocationMipWriter.X(v, s)) : 0).ToArray())
            .ToArray();

    private static int[]? Read(AllocationProblem problem, CbcSolution solution)
    {
        var assignment = new int[problem.Villages.Count];
        for (var v = 0; v < assignment.Length; v++)
        {
            assignment[v] = -1;
            for (var s = 0; s < problem.Sites.Count; s++)
            {
                if (problem.Allowed(v, s) && solution.Value(AllocationMipWriter.X(v, s)) > 0.5)
                {
                    assignment[v] = s;
                }
            }

            if (assignment[v] < 0)
            {
                return null;
            }
        }

        // Stopped by its time limit before any integer solution, CBC writes the last LP values: not an answer.
        return problem.IsFeasible(assignment) ? assignment : null;
    }

    private static async Task<bool> PgRoutingAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(EmbeddedSql.Read("Siting/Sql/pgrouting_installed.sql"), connection, transaction);
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private static void AddPoints(NpgsqlCommand command, string[] villageIds, string[] siteIds, string?[] siteGeoJson)
    {
        command.Parameters.AddWithValue("village_ids", NpgsqlDbType.Array | NpgsqlDbType.Text, villageIds);
        command.Parameters.AddWithValue("site_ids", NpgsqlDbType.Array | NpgsqlDbType.Text, siteIds);
        command.Parameters.Add(new NpgsqlParameter("site_geojson", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = siteGeoJson });
    }
}
