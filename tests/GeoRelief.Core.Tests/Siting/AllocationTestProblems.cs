using GeoRelief.Core.Siting.Allocation;

namespace GeoRelief.Core.Tests.Siting;

/// <summary>Random small allocation problems and their optimum by enumerating every assignment.</summary>
public static class AllocationTestProblems
{
    public static AllocationProblem Random(Random random, int villages, int sites, int? maximumSites)
    {
        ArgumentNullException.ThrowIfNull(random);
        var demand = Enumerable.Range(0, villages).Select(v => new AllocationVillage($"v{v}", random.Next(5, 40))).ToArray();
        var total = demand.Sum(v => v.Households);
        var capacity = Enumerable.Range(0, sites).Select(s => new AllocationSite($"s{s}", (int)(total * (0.3 + (random.NextDouble() * 0.5))))).ToArray();
        var cost = Enumerable.Range(0, villages)
            .Select(_ => (IReadOnlyList<double>)Enumerable.Range(0, sites).Select(_ => random.NextDouble() < 0.1 ? double.PositiveInfinity : Math.Round(random.NextDouble() * 60, 2)).ToArray())
            .ToArray();
        return new AllocationProblem(demand, capacity, cost, maximumSites);
    }

    public static (int[] Assignment, double Objective)? BruteForce(AllocationProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        (int[], double)? best = null;
        foreach (var assignment in Feasible(problem))
        {
            var objective = problem.Objective(assignment);
            if (best is null || objective < best.Value.Item2 - 1e-9)
            {
                best = (assignment, objective);
            }
        }

        return best;
    }

    /// <summary>Every feasible assignment, each a fresh array (site index per village).</summary>
    public static IEnumerable<int[]> Feasible(AllocationProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var n = problem.Villages.Count;
        var m = problem.Sites.Count;
        var combinations = (int)Math.Pow(m, n);
        for (var code = 0; code < combinations; code++)
        {
            var assignment = new int[n];
            var rest = code;
            for (var v = 0; v < n; v++)
            {
                assignment[v] = rest % m;
                rest /= m;
            }

            if (problem.IsFeasible(assignment))
            {
                yield return assignment;
            }
        }
    }
}
