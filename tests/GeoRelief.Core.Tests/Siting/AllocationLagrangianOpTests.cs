using GeoRelief.Core.Siting.Allocation;

namespace GeoRelief.Core.Tests.Siting;

public sealed class AllocationLagrangianOpTests
{
    [Theory]
    [InlineData(null)]
    [InlineData(2)]
    public void Bounds_the_optimum_from_below_and_excludes_only_pairs_no_cheaper_answer_uses(int? maximumSites)
    {
        var random = new Random(23);
        var checkedPairs = 0;
        var excludedPairs = 0;
        for (var round = 0; round < 40; round++)
        {
            var problem = AllocationTestProblems.Random(random, villages: 7, sites: 4, maximumSites);
            var optimum = AllocationTestProblems.BruteForce(problem);
            var start = AllocationHeuristicOp.Solve(problem);
            var result = AllocationLagrangianOp.Solve(problem, start, null, new AllocationLagrangianParameters())!;
            if (optimum is not { } best)
            {
                Assert.Null(result.Incumbent);
                continue;
            }

            Assert.True(result.LowerBound <= best.Objective + 1e-6, $"round {round}: bound {result.LowerBound} above the optimum {best.Objective}");
            Assert.NotNull(result.Incumbent);
            Assert.True(problem.IsFeasible(result.Incumbent));
            var incumbent = problem.Objective(result.Incumbent);
            Assert.True(start is null || incumbent <= problem.Objective(start) + 1e-9, $"round {round}: the incumbent got worse");
            if (result.ProvesOptimal(problem))
            {
                Assert.Equal(best.Objective, incumbent, 6);
            }

            // Every assignment cheaper than the incumbent — the optimum among them — must survive the exclusions.
            foreach (var assignment in AllocationTestProblems.Feasible(problem).Where(a => problem.Objective(a) < incumbent - 1e-6))
            {
                for (var v = 0; v < assignment.Length; v++)
                {
                    Assert.False(result.Excluded[v][assignment[v]], $"round {round}: pair {v}→{assignment[v]} excluded but used by an answer of {problem.Objective(assignment)} < {incumbent}");
                }
            }

            // The reduced problem keeps the optimum.
            Assert.Equal(best.Objective, AllocationTestProblems.BruteForce(result.Reduce(problem))!.Value.Objective, 6);
            checkedPairs += problem.AllowedPairs;
            excludedPairs += result.ExcludedPairs;
        }

        // The test is only meaningful if fixing happens: on these problems it removes a good share of the pairs.
        Assert.True(excludedPairs > checkedPairs / 5, $"{excludedPairs} of {checkedPairs} pairs excluded");
    }

    [Fact]
    public void Reaches_at_least_the_bound_of_ignoring_capacity_and_meets_the_optimum_when_capacity_does_not_bind()
    {
        var villages = new[] { new AllocationVillage("a", 10), new AllocationVillage("b", 20), new AllocationVillage("c", 30) };
        var sites = new[] { new AllocationSite("near", 100), new AllocationSite("far", 100) };
        double[][] cost = [[1, 5], [2, 4], [6, 3]];
        var problem = new AllocationProblem(villages, sites, cost, null);
        var result = AllocationLagrangianOp.Solve(problem, null, null, new AllocationLagrangianParameters())!;
        Assert.Equal((10 * 1) + (20 * 2) + (30 * 3), result.LowerBound, 6);
        Assert.Equal([0, 0, 1], result.Incumbent!);
        Assert.True(result.ProvesOptimal(problem));
    }

    [Fact]
    public void Closes_the_gap_that_the_lp_relaxation_leaves_on_a_packing_the_lp_can_split()
    {
        // Two sites of 10 households, three villages of 6, 6 and 8: the LP splits a village, whole villages cannot fit.
        // With a third, dear site the optimum sends one 6 there (8 + 6 + 60 = 74); the LP says 20, the knapsacks of whole villages see more.
        var villages = new[] { new AllocationVillage("a", 6), new AllocationVillage("b", 6), new AllocationVillage("c", 8) };
        var sites = new[] { new AllocationSite("s", 10), new AllocationSite("t", 10), new AllocationSite("dear", 20) };
        double[][] cost = [[1, 1, 10], [1, 1, 10], [1, 1, 10]];
        var problem = new AllocationProblem(villages, sites, cost, null);
        var result = AllocationLagrangianOp.Solve(problem, null, null, new AllocationLagrangianParameters())!;
        var optimum = AllocationTestProblems.BruteForce(problem)!.Value.Objective;
        Assert.Equal(8 + 6 + 60, optimum, 6);
        Assert.Equal(optimum, problem.Objective(result.Incumbent!), 6);
        Assert.True(result.LowerBound > optimum - 1, $"bound {result.LowerBound}, optimum {optimum}");
    }

    [Fact]
    public void Declines_problems_whose_knapsack_tables_are_too_large()
    {
        var problem = new AllocationProblem([new AllocationVillage("a", 1)], [new AllocationSite("s", 1_000_000)], [[1.0]], null);
        Assert.Null(AllocationLagrangianOp.Solve(problem, null, null, new AllocationLagrangianParameters(MaximumTableCells: 1000)));
    }
}
