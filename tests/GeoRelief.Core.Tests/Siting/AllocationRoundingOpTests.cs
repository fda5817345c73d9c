using GeoRelief.Core.Siting.Allocation;

namespace GeoRelief.Core.Tests.Siting;

public sealed class AllocationRoundingOpTests
{
    [Theory]
    [InlineData(null)]
    [InlineData(2)]
    public void Rounding_the_optimum_itself_keeps_it(int? maximumSites)
    {
        var random = new Random(23);
        var checkedCases = 0;
        for (var round = 0; round < 40; round++)
        {
            var problem = AllocationTestProblems.Random(random, villages: 6, sites: 3, maximumSites);
            if (AllocationTestProblems.BruteForce(problem) is not { } optimum)
            {
                continue;
            }

            checkedCases++;
            var share = Shares(problem, optimum.Assignment);

            var rounded = AllocationRoundingOp.Solve(problem, share);

            Assert.NotNull(rounded);
            Assert.Equal(optimum.Objective, problem.Objective(rounded), 1e-6);
        }

        Assert.True(checkedCases >= 15, $"only {checkedCases} feasible instances");
    }

    [Fact]
    public void A_split_village_is_repaired_into_a_feasible_whole_village_assignment_no_better_than_the_optimum()
    {
        var random = new Random(5);
        var repaired = 0;
        for (var round = 0; round < 60; round++)
        {
            var problem = AllocationTestProblems.Random(random, villages: 6, sites: 3, maximumSites: null);
            if (AllocationTestProblems.BruteForce(problem) is not { } optimum)
            {
                continue;
            }

            // Every village split evenly over its allowed sites: the worst start, far from integral.
            var share = Enumerable.Range(0, problem.Villages.Count)
                .Select(v => (IReadOnlyList<double>)Enumerable.Range(0, problem.Sites.Count).Select(s => problem.Allowed(v, s) ? 1.0 / problem.Sites.Count : 0).ToArray())
                .ToArray();

            if (AllocationRoundingOp.Solve(problem, share) is { } rounded)
            {
                repaired++;
                Assert.True(problem.IsFeasible(rounded));
                Assert.True(problem.Objective(rounded) >= optimum.Objective - 1e-6);
            }
        }

        Assert.True(repaired >= 10, $"the repair found room only {repaired} times");
    }

    [Fact]
    public void With_p_the_open_sites_can_hold_the_demand_even_when_the_relaxation_prefers_small_ones()
    {
        // The relaxation carries most households to the small sites a and b, but a and b together hold 40 < 50:
        // the rounding must open the large site c as one of its two.
        var problem = new AllocationProblem(
            [new("v1", 20), new("v2", 20), new("v3", 10)],
            [new("a", 20), new("b", 20), new("c", 50)],
            [[1, 5, 9], [5, 1, 9], [1, 1, 9]],
            2);
        IReadOnlyList<double>[] share = [[1, 0, 0], [0, 1, 0], [0.5, 0, 0.5]];

        var rounded = AllocationRoundingOp.Solve(problem, share);

        Assert.NotNull(rounded);
        Assert.True(problem.IsFeasible(rounded));
        Assert.Contains(2, rounded);
    }

    [Fact]
    public void A_relaxation_of_the_wrong_shape_is_refused()
    {
        var problem = new AllocationProblem([new("a", 1)], [new("s", 1), new("t", 1)], [[1, 2]], null);

        Assert.Throws<ArgumentException>(() => AllocationRoundingOp.Solve(problem, [[1.0]]));
    }

    private static IReadOnlyList<double>[] Shares(AllocationProblem problem, int[] assignment) =>
        Enumerable.Range(0, problem.Villages.Count)
            .Select(v => (IReadOnlyList<double>)Enumerable.Range(0, problem.Sites.Count).Select(s => assignment[v] == s ? 1.0 : 0.0).ToArray())
            .ToArray();
}
