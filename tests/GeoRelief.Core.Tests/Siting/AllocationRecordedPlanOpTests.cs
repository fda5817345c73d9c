using GeoRelief.Core.Siting.Allocation;

namespace GeoRelief.Core.Tests.Siting;

public sealed class AllocationRecordedPlanOpTests
{
    [Theory]
    [InlineData(null)]
    [InlineData(2)]
    public void A_feasible_recorded_plan_fits_and_its_improvement_lies_between_the_brute_force_optimum_and_the_plan(int? maximumSites)
    {
        var random = new Random(41);
        var checkedCases = 0;
        for (var round = 0; round < 40; round++)
        {
            var problem = AllocationTestProblems.Random(random, villages: 6, sites: 3, maximumSites);
            if (AllocationTestProblems.BruteForce(problem) is not { } optimum || Worst(problem) is not { } worst)
            {
                continue;
            }

            checkedCases++;

            var fromWorst = AllocationRecordedPlanOp.Fit(problem, Pairs(problem, worst));
            var fromOptimum = AllocationRecordedPlanOp.Fit(problem, Pairs(problem, optimum.Assignment));

            Assert.Null(fromWorst.Refusal);
            Assert.Equal(worst, fromWorst.Assignment);
            Assert.Equal(problem.Objective(worst), fromWorst.Objective!.Value, 1e-9);
            Assert.True(problem.IsFeasible(fromWorst.Improved!));
            Assert.InRange(problem.Objective(fromWorst.Improved!), optimum.Objective - 1e-6, problem.Objective(worst) + 1e-6);
            Assert.Equal(optimum.Objective, problem.Objective(fromOptimum.Improved!), 1e-6);
            Assert.Equal(0, fromOptimum.DemandDiffers);
        }

        Assert.True(checkedCases >= 15, $"only {checkedCases} feasible instances");
    }

    [Fact]
    public void A_split_village_a_missing_village_an_unknown_site_and_a_forbidden_pair_are_refused_by_name()
    {
        var problem = Problem(maximumSites: null);

        var split = AllocationRecordedPlanOp.Fit(problem, [new("v1", "a", 10), new("v1", "b", 5), new("v2", "b", 10), new("v3", "c", 10)]);
        var missing = AllocationRecordedPlanOp.Fit(problem, [new("v1", "a", 15), new("v2", "b", 10)]);
        var unknown = AllocationRecordedPlanOp.Fit(problem, [new("v1", "a", 15), new("v2", "elsewhere", 10), new("v3", "c", 10)]);
        var forbidden = AllocationRecordedPlanOp.Fit(problem, [new("v1", "a", 15), new("v2", "b", 10), new("v3", "a", 10)]);

        Assert.Contains("v1 is split over sites a and b", split.Refusal, StringComparison.Ordinal);
        Assert.Contains("v3 has no site", missing.Refusal, StringComparison.Ordinal);
        Assert.Contains("site elsewhere", unknown.Refusal, StringComparison.Ordinal);
        Assert.Contains("v3 is recorded at site a, a pair the problem does not allow", forbidden.Refusal, StringComparison.Ordinal);
        Assert.All([split, missing, unknown, forbidden], f => Assert.Null(f.Assignment));
        Assert.All([split, missing, unknown, forbidden], f => Assert.Null(f.Improved));
    }

    [Fact]
    public void The_plan_is_checked_against_the_problems_demand_not_the_planned_households_on_record()
    {
        var problem = Problem(maximumSites: null);
        // On record v1 moves only 5 of its 15 households: with the problem's 15, site a (capacity 20) takes 15 + 10 = 25.
        RecordedPlanPair[] plan = [new("v1", "a", 5), new("v2", "a", 10), new("v3", "c", 10)];

        var fit = AllocationRecordedPlanOp.Fit(problem, plan);

        Assert.Null(fit.Assignment);
        Assert.Contains("25 households at site a, over its capacity of 20", fit.Refusal, StringComparison.Ordinal);
        Assert.Equal(1, fit.DemandDiffers);
    }

    [Fact]
    public void A_plan_using_more_sites_than_p_is_refused()
    {
        var problem = Problem(maximumSites: 2);

        var fit = AllocationRecordedPlanOp.Fit(problem, [new("v1", "a", 15), new("v2", "b", 10), new("v3", "c", 10)]);

        Assert.Null(fit.Assignment);
        Assert.Contains("uses 3 sites, more than the 2 allowed", fit.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void Pairs_of_villages_outside_the_problem_are_ignored()
    {
        var problem = Problem(maximumSites: null);

        var fit = AllocationRecordedPlanOp.Fit(problem, [new("v1", "a", 15), new("v2", "b", 10), new("v3", "c", 10), new("other", "a", 500)]);

        Assert.Equal([0, 1, 2], fit.Assignment!);
        Assert.Equal((15 * 1) + (10 * 1) + (10 * 4), fit.Objective!.Value, 1e-9);
    }

    private static AllocationProblem Problem(int? maximumSites) => new(
        [new("v1", 15), new("v2", 10), new("v3", 10)],
        [new("a", 20), new("b", 20), new("c", 30)],
        [[1, 3, 5], [2, 1, 5], [double.PositiveInfinity, 2, 4]],
        maximumSites);

    private static RecordedPlanPair[] Pairs(AllocationProblem problem, int[] assignment) =>
        assignment.Select((s, v) => new RecordedPlanPair(problem.Villages[v].Id, problem.Sites[s].Id, problem.Villages[v].Households)).ToArray();

    /// <summary>The costliest feasible assignment, by enumeration.</summary>
    private static int[]? Worst(AllocationProblem problem)
    {
        var n = problem.Villages.Count;
        var m = problem.Sites.Count;
        var assignment = new int[n];
        int[]? worst = null;
        for (var code = 0; code < (int)Math.Pow(m, n); code++)
        {
            var rest = code;
            for (var v = 0; v < n; v++)
            {
                assignment[v] = rest % m;
                rest /= m;
            }

            if (problem.IsFeasible(assignment) && (worst is null || problem.Objective(assignment) > problem.Objective(worst)))
            {
                worst = (int[])assignment.Clone();
            }
        }

        return worst;
    }
}
