namespace GeoRelief.Core.Siting.Allocation;

/// <summary>
/// The relocation plan on record as a candidate answer (a MIP start): it fits a problem only when every village of the
/// problem is recorded at exactly one site (whole, not split), that site is in the problem, the pair is allowed (within
/// the travel limit), every site's load in the problem's households stays within its capacity and at most p sites are
/// used. Nothing is assumed: a plan recorded with planned households that differ from the problem's demand is checked
/// against the problem's demand. A plan that fits is then improved by the local search of
/// <see cref="AllocationHeuristicOp"/>.
/// </summary>
public static class AllocationRecordedPlanOp
{
    /// <summary>Fits the recorded pairs (any villages and sites; those outside the problem's villages are ignored) to the problem.</summary>
    public static RecordedPlanFit Fit(AllocationProblem problem, IReadOnlyList<RecordedPlanPair> recorded)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(recorded);
        var byVillage = recorded.GroupBy(p => p.VillageId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        var siteIndex = Enumerable.Range(0, problem.Sites.Count).ToDictionary(s => problem.Sites[s].Id, StringComparer.Ordinal);
        var assignment = new int[problem.Villages.Count];
        var demandDiffers = 0;
        for (var v = 0; v < assignment.Length; v++)
        {
            var village = problem.Villages[v];
            if (!byVillage.TryGetValue(village.Id, out var pairs))
            {
                return Refused($"Natural village {village.Id} has no site in the recorded plan.", demandDiffers);
            }

            if (pairs.Length > 1)
            {
                return Refused($"Natural village {village.Id} is split over sites {string.Join(" and ", pairs.Select(p => p.SiteId))} in the recorded plan: not a whole-village assignment.", demandDiffers);
            }

            var pair = pairs[0];
            if (!siteIndex.TryGetValue(pair.SiteId, out var s))
            {
                return Refused($"Natural village {village.Id} is recorded at site {pair.SiteId}, which is not among the problem's sites.", demandDiffers);
            }

            if (!problem.Allowed(v, s))
            {
                return Refused($"Natural village {village.Id} is recorded at site {pair.SiteId}, a pair the problem does not allow (beyond the travel limit).", demandDiffers);
            }

            demandDiffers += pair.PlannedHouseholds == village.Households ? 0 : 1;
            assignment[v] = s;
        }

        var load = new long[problem.Sites.Count];
        for (var v = 0; v < assignment.Length; v++)
        {
            load[assignment[v]] += problem.Villages[v].Households;
        }

        for (var s = 0; s < load.Length; s++)
        {
            if (load[s] > problem.Sites[s].Capacity)
            {
                return Refused(
                    $"The recorded plan puts {load[s]} households at site {problem.Sites[s].Id}, over its capacity of {problem.Sites[s].Capacity}"
                    + (demandDiffers > 0 ? $" ({demandDiffers} villages count different households in the problem than the planned households on record)." : "."),
                    demandDiffers);
            }
        }

        var used = load.Count(l => l > 0);
        if (problem.MaximumSites is { } p && used > p)
        {
            return Refused($"The recorded plan uses {used} sites, more than the {p} allowed.", demandDiffers);
        }

        var improved = (int[])assignment.Clone();
        AllocationHeuristicOp.Improve(problem, improved);
        return new RecordedPlanFit(assignment, problem.Objective(assignment), improved, null, demandDiffers);
    }

    private static RecordedPlanFit Refused(string reason, int demandDiffers) => new(null, null, null, reason, demandDiffers);
}
