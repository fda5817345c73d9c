namespace GeoRelief.Core.Siting.Allocation;

/// <summary>
/// The Lagrangian relaxation of the allocation (documented in docs/siting.md): a lower bound far tighter than the
/// LP relaxation, better answers found on the way, and the village–site pairs that no answer cheaper than the
/// incumbent can use — so CBC searches a much smaller model and proves optimality where it could not on the whole.
/// <list type="number">
/// <item>Relaxing "every village goes to exactly one site" with a multiplier λ_v per village leaves one 0-1 knapsack
/// per site: K_s(λ) = min Σ_v (h_v·c_vs − λ_v)·x_vs subject to Σ_v h_v·x_vs ≤ C_s, solved exactly by dynamic
/// programming over whole households. L(λ) = Σ_v λ_v + Σ_s K_s(λ) (with p: the p most negative K_s) is a lower bound
/// for every λ, and its best value is at least the LP relaxation's (Ross &amp; Soland 1975; Fisher 1981).</item>
/// <item>Subgradient optimisation raises it (Held, Wolfe &amp; Crowder 1974): λ_v += t·(1 − Σ_s x_vs), Polyak's step
/// t = μ·(UB − L)/‖g‖², μ from 2 halved after <see cref="AllocationLagrangianParameters.Patience"/> steps without a
/// better bound.</item>
/// <item>Each step's knapsack answer becomes an assignment: a village chosen by several sites keeps the cheapest, the
/// rest go, largest first, to the cheapest site with room; when that comes close to the incumbent, the local search of
/// <see cref="AllocationHeuristicOp"/> finishes it.</item>
/// <item>Fixing: sending v to s costs at least L − K_s + (h_v·c_vs − λ_v) + K_s(C_s − h_v) at the best λ (the
/// knapsack of s with v forced in can do no better than the table's best in the capacity left). Where that exceeds
/// the incumbent's cost, no cheaper answer uses the pair.</item>
/// </list>
/// </summary>
public static class AllocationLagrangianOp
{
    /// <summary>
    /// Bounds, improves on <paramref name="incumbent"/> (a feasible site index per village, or null) and excludes
    /// pairs; null when the knapsack tables would exceed <see cref="AllocationLagrangianParameters.MaximumTableCells"/>.
    /// <paramref name="multipliers"/> (one per village) is where the climb starts: the LP relaxation's dual values
    /// of the village rows give at once a bound at least the LP's; null starts at each village's cheapest site.
    /// </summary>
    public static AllocationLagrangianResult? Solve(
        AllocationProblem problem, int[]? incumbent, IReadOnlyList<double>? multipliers, AllocationLagrangianParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(parameters);
        int villages = problem.Villages.Count, sites = problem.Sites.Count;
        if ((long)villages * problem.Sites.Sum(s => (long)s.Capacity + 1) > parameters.MaximumTableCells)
        {
            return null;
        }

        var weight = problem.Villages.Select(v => v.Households).ToArray();
        var cost = new double[sites][];
        for (var s = 0; s < sites; s++)
        {
            cost[s] = new double[villages];
            for (var v = 0; v < villages; v++)
            {
                cost[s][v] = problem.Allowed(v, s) ? weight[v] * problem.Cost[v][s] : double.NaN;
            }
        }

        var knapsacks = problem.Sites.Select(s => new SiteKnapsack(s.Capacity)).ToArray();
        var chosen = Enumerable.Range(0, sites).Select(_ => new List<int>()).ToArray();
        var value = new double[sites][];
        for (var s = 0; s < sites; s++)
        {
            value[s] = new double[villages];
        }

        // Without the LP's duals, start at the cheapest site of each village: the bound of ignoring capacity.
        var lambda = new double[villages];
        for (var v = 0; v < villages; v++)
        {
            lambda[v] = multipliers is not null
                ? multipliers[v]
                : Enumerable.Range(0, sites).Where(s => problem.Allowed(v, s)).Select(s => cost[s][v]).DefaultIfEmpty(0).Min();
        }

        var best = incumbent is not null && problem.IsFeasible(incumbent) ? (int[])incumbent.Clone() : null;
        var upper = best is null ? double.PositiveInfinity : problem.Objective(best);
        var bound = double.NegativeInfinity;
        var bestLambda = (double[])lambda.Clone();
        var factor = 2.0;
        var stale = 0;
        var iterations = 0;
        var gradient = new double[villages];
        while (iterations < parameters.Iterations && factor >= parameters.MinimumStepFactor)
        {
            iterations++;
            var (lower, open, _) = Evaluate(problem, knapsacks, cost, value, lambda, weight, chosen);
            if (lower > bound + Tolerance(bound))
            {
                bound = lower;
                Array.Copy(lambda, bestLambda, villages);
                stale = 0;
            }
            else if (++stale >= parameters.Patience)
            {
                factor /= 2;
                stale = 0;
            }

            if (Repair(problem, cost, chosen, open, upper) is { } found && problem.Objective(found) < upper - Tolerance(upper))
            {
                best = found;
                upper = problem.Objective(found);
            }

            if (bound >= upper - Tolerance(upper))
            {
                break;
            }

            Array.Fill(gradient, 1);
            foreach (var s in open)
            {
                foreach (var v in chosen[s])
                {
                    gradient[v] -= 1;
                }
            }

            var norm = gradient.Sum(g => g * g);
            if (norm == 0)
            {
                break;
            }

            var target = double.IsFinite(upper) ? upper : lower + (0.05 * Math.Abs(lower)) + 1;
            var step = factor * (target - lower) / norm;
            for (var v = 0; v < villages; v++)
            {
                lambda[v] += step * gradient[v];
            }
        }

        var excluded = Exclusions(problem, knapsacks, cost, value, bestLambda, weight, chosen, upper, out var count);
        return new AllocationLagrangianResult(bound, best, excluded, count, iterations);
    }

    /// <summary>The slack below which two objective values count as equal.</summary>
    internal static double Tolerance(double objective) => double.IsFinite(objective) ? 1e-9 * Math.Max(1, Math.Abs(objective)) : 0;

    // L(λ), the sites it opens (all sites without p; with p the p most negative knapsacks) and each knapsack's value.
    private static (double Lower, int[] Open, double[] Knapsack) Evaluate(
        AllocationProblem problem, SiteKnapsack[] knapsacks, double[][] cost, double[][] value, double[] lambda, int[] weight, List<int>[] chosen)
    {
        var k = new double[knapsacks.Length];
        for (var s = 0; s < knapsacks.Length; s++)
        {
            for (var v = 0; v < lambda.Length; v++)
            {
                value[s][v] = cost[s][v] - lambda[v];
            }

            k[s] = knapsacks[s].Solve(value[s], weight, chosen[s]);
        }

        var open = Open(problem, k);
        return (lambda.Sum() + open.Sum(s => k[s]), open, k);
    }

    private static int[] Open(AllocationProblem problem, double[] k) =>
        problem.MaximumSites is { } p
            ? Enumerable.Range(0, k.Length).Where(s => k[s] < 0).OrderBy(s => k[s]).ThenBy(s => s).Take(p).ToArray()
            : Enumerable.Range(0, k.Length).ToArray();

    // An assignment from the knapsack answer, or null when the villages left find no room.
    private static int[]? Repair(AllocationProblem problem, double[][] cost, List<int>[] chosen, int[] open, double upper)
    {
        int villages = problem.Villages.Count, sites = problem.Sites.Count;
        var assignment = new int[villages];
        Array.Fill(assignment, -1);
        foreach (var s in open)
        {
            foreach (var v in chosen[s])
            {
                if (assignment[v] < 0 || cost[s][v] < cost[assignment[v]][v])
                {
                    assignment[v] = s;
                }
            }
        }

        var load = new long[sites];
        var used = new bool[sites];
        for (var v = 0; v < villages; v++)
        {
            if (assignment[v] >= 0)
            {
                load[assignment[v]] += problem.Villages[v].Households;
                used[assignment[v]] = true;
            }
        }

        var usedCount = used.Count(u => u);
        foreach (var v in Enumerable.Range(0, villages).Where(v => assignment[v] < 0).OrderByDescending(v => problem.Villages[v].Households))
        {
            var target = -1;
            for (var s = 0; s < sites; s++)
            {
                var room = problem.Allowed(v, s) && load[s] + problem.Villages[v].Households <= problem.Sites[s].Capacity;
                var mayOpen = used[s] || problem.MaximumSites is not { } p || usedCount < p;
                if (room && mayOpen && (target < 0 || cost[s][v] < cost[target][v]))
                {
                    target = s;
                }
            }

            if (target < 0)
            {
                return null;
            }

            assignment[v] = target;
            load[target] += problem.Villages[v].Households;
            usedCount += used[target] ? 0 : 1;
            used[target] = true;
        }

        // The local search costs far more than the repair: only for answers near the incumbent.
        if (!double.IsFinite(upper) || problem.Objective(assignment) < upper * 1.02)
        {
            AllocationHeuristicOp.Improve(problem, assignment);
        }

        return assignment;
    }

    // Pairs whose use provably costs more than the incumbent, and villages that must stay where the knapsacks put them.
    private static bool[][] Exclusions(
        AllocationProblem problem, SiteKnapsack[] knapsacks, double[][] cost, double[][] value, double[] lambda, int[] weight, List<int>[] chosen,
        double upper, out int count)
    {
        int villages = problem.Villages.Count, sites = problem.Sites.Count;
        var excluded = Enumerable.Range(0, villages).Select(_ => new bool[sites]).ToArray();
        count = 0;
        if (!double.IsFinite(upper))
        {
            return excluded;
        }

        var (lower, open, k) = Evaluate(problem, knapsacks, cost, value, lambda, weight, chosen);
        var isOpen = new bool[sites];
        foreach (var s in open)
        {
            isOpen[s] = true;
        }

        // With p, forcing a closed site open drops the least negative open knapsack when p are open; shrinking an
        // open one lets the best closed one take its place.
        var p = problem.MaximumSites;
        var dropped = open.Length == p ? k[open[^1]] : 0;
        var replacement = p is null ? double.PositiveInfinity : Enumerable.Range(0, sites).Where(s => !isOpen[s]).Select(s => Math.Min(0, k[s])).DefaultIfEmpty(0).Min();
        var margin = upper + (100 * Tolerance(upper));
        var forced = new int[villages];
        Array.Fill(forced, -1);
        for (var s = 0; s < sites; s++)
        {
            var others = isOpen[s] ? lower - k[s] : lower - dropped;
            var room = problem.Sites[s].Capacity;
            for (var v = 0; v < villages; v++)
            {
                // Forced in: the table's best in the room left is a quick bound; the exact knapsack without v a sharper one.
                if (problem.Allowed(v, s)
                    && (others + value[s][v] + knapsacks[s].Best(room - weight[v]) > margin
                        || others + value[s][v] + knapsacks[s].Without(value[s], weight, v, room - weight[v]) > margin))
                {
                    excluded[v][s] = true;
                }
            }

            // Forced out of an open site's answer: when that alone costs more than the incumbent, v stays at s.
            if (isOpen[s])
            {
                foreach (var v in chosen[s])
                {
                    if (lower - k[s] + Math.Min(knapsacks[s].Without(value[s], weight, v, room), replacement) > margin)
                    {
                        forced[v] = s;
                    }
                }
            }
        }

        for (var v = 0; v < villages; v++)
        {
            for (var s = 0; s < sites; s++)
            {
                excluded[v][s] |= forced[v] >= 0 && s != forced[v];
                count += excluded[v][s] && problem.Allowed(v, s) ? 1 : 0;
            }
        }

        return excluded;
    }
}
