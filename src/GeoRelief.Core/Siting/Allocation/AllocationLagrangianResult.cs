namespace GeoRelief.Core.Siting.Allocation;

/// <summary>What <see cref="AllocationLagrangianOp"/> proved and found.</summary>
/// <param name="LowerBound">A proven lower bound on the cost of every whole-village assignment.</param>
/// <param name="Incumbent">The cheapest feasible assignment known (the one given, or a better one found on the way); null when none.</param>
/// <param name="Excluded">
/// Excluded[v][s]: no assignment cheaper than <paramref name="Incumbent"/> sends village v to site s, so the exact
/// search may leave the pair out (false everywhere without an incumbent).
/// </param>
/// <param name="ExcludedPairs">How many allowed pairs <paramref name="Excluded"/> removes.</param>
/// <param name="Iterations">Subgradient steps taken.</param>
public sealed record AllocationLagrangianResult(
    double LowerBound,
    int[]? Incumbent,
    IReadOnlyList<IReadOnlyList<bool>> Excluded,
    int ExcludedPairs,
    int Iterations)
{
    /// <summary>Whether the bound meets the incumbent's cost (to a relative 1e-9): the incumbent is optimal.</summary>
    public bool ProvesOptimal(AllocationProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return Incumbent is not null && LowerBound >= problem.Objective(Incumbent) - AllocationLagrangianOp.Tolerance(problem.Objective(Incumbent));
    }

    /// <summary>The problem without the excluded pairs (their cost +∞): same optimum, far fewer variables.</summary>
    public AllocationProblem Reduce(AllocationProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var cost = new double[problem.Villages.Count][];
        for (var v = 0; v < cost.Length; v++)
        {
            cost[v] = new double[problem.Sites.Count];
            for (var s = 0; s < cost[v].Length; s++)
            {
                cost[v][s] = Excluded[v][s] ? double.PositiveInfinity : problem.Cost[v][s];
            }
        }

        return problem with { Cost = cost };
    }
}
