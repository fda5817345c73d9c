namespace GeoRelief.Core.Siting.Allocation;

/// <summary>
/// A whole-village assignment from the LP relaxation (documented in docs/siting.md), used as the MIP start handed
/// to CBC and as a candidate answer:
/// <list type="number">
/// <item>With p: keep open the p sites carrying the most households in the relaxation, passing over a site when the
/// sites left could then no longer hold the demand.</item>
/// <item>Each village to the open site that holds the largest share of it in the relaxation.</item>
/// <item>Repair: while a site is over capacity, move the village of an overloaded site whose move to an open site
/// with room costs least (households × cost).</item>
/// <item>The local search of <see cref="AllocationHeuristicOp"/> (moves and swaps) to a local optimum.</item>
/// </list>
/// The relaxation of this model is nearly integral (at most one basic variable per row, so only a few villages are
/// split), which makes its rounding a far better start than a greedy built without it.
/// </summary>
public static class AllocationRoundingOp
{
    /// <summary>
    /// A site index per village, or null when the repair finds no room. <paramref name="share"/>[v][s] is the
    /// relaxation's x_vs (0 where the pair is not allowed).
    /// </summary>
    public static int[]? Solve(AllocationProblem problem, IReadOnlyList<IReadOnlyList<double>> share)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(share);
        var villages = problem.Villages.Count;
        var sites = problem.Sites.Count;
        if (share.Count != villages || share.Any(row => row.Count != sites))
        {
            throw new ArgumentException("The relaxation needs one share per village and site.", nameof(share));
        }

        var open = OpenSites(problem, share);
        var assignment = new int[villages];
        var load = new long[sites];
        for (var v = 0; v < villages; v++)
        {
            assignment[v] = -1;
            for (var s = 0; s < sites; s++)
            {
                if (open[s] && problem.Allowed(v, s) && (assignment[v] < 0 || share[v][s] > share[v][assignment[v]]))
                {
                    assignment[v] = s;
                }
            }

            if (assignment[v] < 0)
            {
                return null;
            }

            load[assignment[v]] += problem.Villages[v].Households;
        }

        while (Enumerable.Range(0, sites).Any(s => load[s] > problem.Sites[s].Capacity))
        {
            var (village, target) = (-1, -1);
            var cheapest = double.PositiveInfinity;
            for (var v = 0; v < villages; v++)
            {
                var from = assignment[v];
                if (load[from] <= problem.Sites[from].Capacity)
                {
                    continue;
                }

                var h = problem.Villages[v].Households;
                for (var s = 0; s < sites; s++)
                {
                    if (s != from && open[s] && problem.Allowed(v, s) && load[s] + h <= problem.Sites[s].Capacity
                        && h * (problem.Cost[v][s] - problem.Cost[v][from]) < cheapest)
                    {
                        (village, target) = (v, s);
                        cheapest = h * (problem.Cost[v][s] - problem.Cost[v][from]);
                    }
                }
            }

            if (village < 0)
            {
                return null;
            }

            load[assignment[village]] -= problem.Villages[village].Households;
            load[target] += problem.Villages[village].Households;
            assignment[village] = target;
        }

        AllocationHeuristicOp.Improve(problem, assignment);
        return problem.IsFeasible(assignment) ? assignment : null;
    }

    private static bool[] OpenSites(AllocationProblem problem, IReadOnlyList<IReadOnlyList<double>> share)
    {
        var sites = problem.Sites.Count;
        if (problem.MaximumSites is not { } p || p >= sites)
        {
            return Enumerable.Repeat(true, sites).ToArray();
        }

        var carried = Enumerable.Range(0, sites)
            .Select(s => Enumerable.Range(0, problem.Villages.Count).Sum(v => problem.Villages[v].Households * share[v][s]))
            .ToArray();
        // By households carried, skipping a site when even the largest sites left could then not make up the demand.
        var open = new bool[sites];
        var (count, capacity) = (0, 0L);
        var order = Enumerable.Range(0, sites).OrderByDescending(s => carried[s]).ThenBy(s => s).ToArray();
        for (var i = 0; i < order.Length && count < p; i++)
        {
            var s = order[i];
            var reachable = capacity + problem.Sites[s].Capacity
                            + order.Skip(i + 1).Select(t => (long)problem.Sites[t].Capacity).OrderDescending().Take(p - count - 1).Sum();
            if (reachable >= problem.TotalDemand)
            {
                open[s] = true;
                count++;
                capacity += problem.Sites[s].Capacity;
            }
        }

        return open;
    }
}
