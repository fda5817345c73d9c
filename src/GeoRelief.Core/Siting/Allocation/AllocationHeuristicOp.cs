namespace GeoRelief.Core.Siting.Allocation;

/// <summary>
/// The heuristic for problems beyond the exact solver's size limit (documented in docs/siting.md):
/// <list type="number">
/// <item>With p: open sites by greedy drop — start with every site open and repeatedly close the site whose closing
/// raises the assignment cost least, while the open capacity still covers the demand, until p remain.</item>
/// <item>Regret greedy: villages in descending order of households × (second-cheapest − cheapest open site with
/// room), each to its cheapest open site with room.</item>
/// <item>Local search to a local optimum: move one village to another site with room, or swap two villages between
/// sites, whenever that lowers Σ households × cost.</item>
/// </list>
/// It carries no optimality guarantee; the caller reports its gap against the LP relaxation bound.
/// </summary>
public static class AllocationHeuristicOp
{
    /// <summary>A site index per village, or null when the heuristic finds no feasible assignment.</summary>
    public static int[]? Solve(AllocationProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var open = Enumerable.Repeat(true, problem.Sites.Count).ToArray();
        if (problem.MaximumSites is { } p)
        {
            var openCount = problem.Sites.Count;
            var openCapacity = problem.TotalCapacity;
            while (openCount > p)
            {
                var best = -1;
                var bestCost = double.PositiveInfinity;
                for (var s = 0; s < problem.Sites.Count; s++)
                {
                    if (!open[s] || openCapacity - problem.Sites[s].Capacity < problem.TotalDemand)
                    {
                        continue;
                    }

                    open[s] = false;
                    var trial = Greedy(problem, open);
                    open[s] = true;
                    var cost = trial is null ? double.PositiveInfinity : problem.Objective(trial);
                    if (best < 0 || cost < bestCost)
                    {
                        best = s;
                        bestCost = cost;
                    }
                }

                if (best < 0)
                {
                    return null;
                }

                open[best] = false;
                openCount--;
                openCapacity -= problem.Sites[best].Capacity;
            }
        }

        var assignment = Greedy(problem, open);
        if (assignment is null)
        {
            return null;
        }

        Improve(problem, assignment);
        return assignment;
    }

    private static int[]? Greedy(AllocationProblem problem, bool[] open)
    {
        var villages = problem.Villages.Count;
        var sites = problem.Sites.Count;
        var residual = problem.Sites.Select(s => (long)s.Capacity).ToArray();
        var assignment = new int[villages];
        Array.Fill(assignment, -1);
        var pending = Enumerable.Range(0, villages).ToList();
        while (pending.Count > 0)
        {
            var pick = -1;
            var pickSite = -1;
            var pickRegret = double.NegativeInfinity;
            foreach (var v in pending)
            {
                var best = -1;
                var first = double.PositiveInfinity;
                var second = double.PositiveInfinity;
                for (var s = 0; s < sites; s++)
                {
                    if (!open[s] || !problem.Allowed(v, s) || residual[s] < problem.Villages[v].Households)
                    {
                        continue;
                    }

                    var c = problem.Cost[v][s];
                    if (c < first)
                    {
                        second = first;
                        first = c;
                        best = s;
                    }
                    else if (c < second)
                    {
                        second = c;
                    }
                }

                if (best < 0)
                {
                    return null;
                }

                // A village with a single site left must go first; otherwise the largest weighted regret.
                var regret = double.IsPositiveInfinity(second) ? double.MaxValue : problem.Villages[v].Households * (second - first);
                if (regret > pickRegret)
                {
                    pick = v;
                    pickSite = best;
                    pickRegret = regret;
                }
            }

            assignment[pick] = pickSite;
            residual[pickSite] -= problem.Villages[pick].Households;
            pending.Remove(pick);
        }

        return assignment;
    }

    /// <summary>Local search to a local optimum by moves and swaps (never opening more than p sites); also finishes <see cref="AllocationRoundingOp"/>.</summary>
    internal static void Improve(AllocationProblem problem, int[] assignment)
    {
        var load = new long[problem.Sites.Count];
        for (var v = 0; v < assignment.Length; v++)
        {
            load[assignment[v]] += problem.Villages[v].Households;
        }

        var used = load.Select(l => l > 0).ToArray();
        var usedCount = used.Count(u => u);
        var improved = true;
        while (improved)
        {
            improved = false;
            for (var v = 0; v < assignment.Length; v++)
            {
                var h = problem.Villages[v].Households;
                var from = assignment[v];
                for (var s = 0; s < problem.Sites.Count; s++)
                {
                    if (s == from || !problem.Allowed(v, s) || load[s] + h > problem.Sites[s].Capacity)
                    {
                        continue;
                    }

                    // A move may not open a site beyond p.
                    var opens = !used[s];
                    var closes = load[from] == h;
                    if (opens && problem.MaximumSites is { } p && usedCount + 1 - (closes ? 1 : 0) > p)
                    {
                        continue;
                    }

                    if (h * (problem.Cost[v][s] - problem.Cost[v][from]) < -1e-9)
                    {
                        load[from] -= h;
                        load[s] += h;
                        assignment[v] = s;
                        used[s] = true;
                        used[from] = load[from] > 0;
                        usedCount = used.Count(u => u);
                        from = s;
                        improved = true;
                    }
                }
            }

            for (var a = 0; a < assignment.Length; a++)
            {
                for (var b = a + 1; b < assignment.Length; b++)
                {
                    int sa = assignment[a], sb = assignment[b];
                    if (sa == sb || !problem.Allowed(a, sb) || !problem.Allowed(b, sa))
                    {
                        continue;
                    }

                    long ha = problem.Villages[a].Households, hb = problem.Villages[b].Households;
                    if (load[sa] - ha + hb > problem.Sites[sa].Capacity || load[sb] - hb + ha > problem.Sites[sb].Capacity)
                    {
                        continue;
                    }

                    var delta = (ha * (problem.Cost[a][sb] - problem.Cost[a][sa])) + (hb * (problem.Cost[b][sa] - problem.Cost[b][sb]));
                    if (delta < -1e-9)
                    {
                        load[sa] += hb - ha;
                        load[sb] += ha - hb;
                        assignment[a] = sb;
                        assignment[b] = sa;
                        improved = true;
                    }
                }
            }
        }
    }
}
