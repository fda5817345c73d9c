using GeoRelief.Core.Siting.Allocation;

namespace GeoRelief.Core.Tests.Siting;

public sealed class AllocationHeuristicOpTests
{
    [Fact]
    public void Returns_feasible_assignments_that_no_single_move_or_swap_improves()
    {
        var random = new Random(11);
        var solved = 0;
        for (var round = 0; round < 50; round++)
        {
            var problem = AllocationTestProblems.Random(random, villages: 6, sites: 3, maximumSites: null);
            var assignment = AllocationHeuristicOp.Solve(problem);
            if (assignment is null)
            {
                continue;
            }

            solved++;
            Assert.True(problem.IsFeasible(assignment));
            var objective = problem.Objective(assignment);
            for (var v = 0; v < assignment.Length; v++)
            {
                for (var s = 0; s < problem.Sites.Count; s++)
                {
                    var moved = (int[])assignment.Clone();
                    moved[v] = s;
                    Assert.False(problem.IsFeasible(moved) && problem.Objective(moved) < objective - 1e-6, $"moving village {v} to site {s} improves round {round}");
                    for (var w = v + 1; w < assignment.Length; w++)
                    {
                        var swapped = (int[])assignment.Clone();
                        (swapped[v], swapped[w]) = (swapped[w], swapped[v]);
                        Assert.False(problem.IsFeasible(swapped) && problem.Objective(swapped) < objective - 1e-6, $"swapping {v} and {w} improves round {round}");
                    }
                }
            }
        }

        Assert.True(solved >= 25, $"the heuristic solved only {solved} of 50 instances");
    }

    [Fact]
    public void Shortfall_counts_the_missing_households()
    {
        var problem = new AllocationProblem(
            [new("a", 30), new("b", 50)], [new("s", 40), new("t", 20)], [[1, 2], [1, 2]], null);

        Assert.Equal("Total capacity is short by 20 households: the sites hold 60 households, the villages need 80.", problem.Shortfall());
    }

    [Fact]
    public void Shortfall_with_p_counts_only_the_p_largest_sites()
    {
        var problem = new AllocationProblem(
            [new("a", 30), new("b", 30)], [new("s", 40), new("t", 30)], [[1, 2], [1, 2]], 1);

        Assert.Contains("short by 20 households", problem.Shortfall(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_village_larger_than_every_reachable_site_is_named()
    {
        var problem = new AllocationProblem(
            [new("a", 30), new("b", 5)], [new("s", 20), new("t", 40)], [[1, double.PositiveInfinity], [1, 2]], null);

        Assert.Contains("Natural village a (30 households) fits whole in no site it can reach; it is short by 10 households", problem.Shortfall(), StringComparison.Ordinal);
    }
}
