namespace GeoRelief.Core.Siting.Allocation;

/// <summary>Assignments and site utilisation from a site index per village.</summary>
public static class AllocationSummary
{
    /// <summary>The assignments of <paramref name="assignment"/> (a site index per village).</summary>
    public static IReadOnlyList<AllocationAssignment> Assignments(AllocationProblem problem, IReadOnlyList<int> assignment)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(assignment);
        return Enumerable.Range(0, problem.Villages.Count)
            .Select(v => new AllocationAssignment(problem.Villages[v].Id, problem.Sites[assignment[v]].Id, problem.Villages[v].Households, problem.Cost[v][assignment[v]]))
            .ToArray();
    }

    /// <summary>The utilisation of every site.</summary>
    public static IReadOnlyList<SiteUtilisation> Utilisation(AllocationProblem problem, IReadOnlyList<int> assignment)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(assignment);
        var households = new int[problem.Sites.Count];
        var villages = new int[problem.Sites.Count];
        for (var v = 0; v < assignment.Count; v++)
        {
            households[assignment[v]] += problem.Villages[v].Households;
            villages[assignment[v]]++;
        }

        return Enumerable.Range(0, problem.Sites.Count)
            .Select(s => new SiteUtilisation(
                problem.Sites[s].Id,
                problem.Sites[s].Capacity,
                households[s],
                villages[s],
                problem.Sites[s].Capacity == 0 ? 0 : (double)households[s] / problem.Sites[s].Capacity,
                villages[s] > 0))
            .ToArray();
    }
}
