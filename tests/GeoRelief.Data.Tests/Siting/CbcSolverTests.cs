using GeoRelief.Core.Siting.Allocation;
using GeoRelief.Data.Siting;

namespace GeoRelief.Data.Tests.Siting;

/// <summary>CBC against brute force: every assignment of 6 villages to 3 sites (729) enumerated.</summary>
public sealed class CbcSolverTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);

    [Theory]
    [InlineData(1, null)]
    [InlineData(2, null)]
    [InlineData(3, 2)]
    [InlineData(4, 1)]
    [InlineData(5, null)]
    [InlineData(6, 2)]
    public async Task Cbc_finds_the_brute_force_optimum_of_6_villages_and_3_sites(int seed, int? maximumSites)
    {
        var random = new Random(seed);
        for (var round = 0; round < 4; round++)
        {
            var problem = RandomProblem(random, maximumSites);
            var optimum = BruteForce(problem);

            var solution = await new CbcSolver().SolveAsync(problem, relax: false, Limit, CancellationToken.None);

            if (optimum is null)
            {
                Assert.Equal(CbcStatus.Infeasible, solution.Status);
                continue;
            }

            Assert.Equal(CbcStatus.Optimal, solution.Status);
            Assert.Equal(optimum.Value, solution.Objective!.Value, 1e-6);
            var assignment = Enumerable.Range(0, 6).Select(v => Enumerable.Range(0, 3).Single(s => solution.Value(AllocationMipWriter.X(v, s)) > 0.5)).ToArray();
            Assert.True(problem.IsFeasible(assignment));
            Assert.Equal(optimum.Value, problem.Objective(assignment), 1e-6);
        }
    }

    [Theory]
    [InlineData(7, null)]
    [InlineData(8, 2)]
    public async Task Cbc_given_a_worse_start_still_finds_the_brute_force_optimum(int seed, int? maximumSites)
    {
        var random = new Random(seed);
        var started = 0;
        for (var round = 0; round < 8; round++)
        {
            var problem = RandomProblem(random, maximumSites);
            if (BruteForce(problem) is not { } optimum || WorstFeasible(problem) is not { } worst || problem.Objective(worst) <= optimum + 1e-6)
            {
                continue;
            }

            started++;
            var solution = await new CbcSolver().SolveAsync(problem, relax: false, Limit, worst, CancellationToken.None);

            Assert.Equal(CbcStatus.Optimal, solution.Status);
            Assert.Equal(optimum, solution.Objective!.Value, 1e-6);
        }

        Assert.True(started >= 3, $"only {started} instances had a start worse than the optimum");
    }

    [Fact]
    public void A_mip_start_names_one_site_per_village_and_the_sites_it_opens()
    {
        var problem = new AllocationProblem([new("a", 5), new("b", 5)], [new("s", 10), new("t", 10)], [[1, 2], [3, 4]], 2);

        var text = AllocationMipWriter.WriteStart(problem, [1, 1]);

        Assert.Equal(["Feasible - objective value 30", "0 x_0_1 1", "1 x_1_1 1", "2 y_1 1"], text.TrimEnd().Split(Environment.NewLine));
        Assert.Throws<ArgumentException>(() => AllocationMipWriter.WriteStart(problem, [0]));
    }

    [Fact]
    public async Task Enough_capacity_in_total_but_no_whole_village_packing_is_infeasible()
    {
        // 20 households fit 2 × 10 in total, but villages of 7, 7 and 6 cannot be packed whole.
        var problem = new AllocationProblem([new("a", 7), new("b", 7), new("c", 6)], [new("s", 10), new("t", 10)], [[1, 2], [2, 1], [1, 1]], null);
        Assert.Null(problem.Shortfall());

        var solution = await new CbcSolver().SolveAsync(problem, relax: false, Limit, CancellationToken.None);

        Assert.Equal(CbcStatus.Infeasible, solution.Status);
    }

    [Fact]
    public async Task The_LP_relaxation_bounds_the_integer_optimum_from_below()
    {
        var problem = new AllocationProblem([new("a", 7), new("b", 7), new("c", 5)], [new("s", 10), new("t", 12)], [[1, 5], [1, 4], [1, 3]], null);

        var integer = await new CbcSolver().SolveAsync(problem, relax: false, Limit, CancellationToken.None);
        var relaxed = await new CbcSolver().SolveAsync(problem, relax: true, Limit, CancellationToken.None);

        Assert.Equal(CbcStatus.Optimal, relaxed.Status);
        Assert.Equal(50, integer.Objective!.Value, 1e-9);
        Assert.Equal(41, relaxed.Objective!.Value, 1e-9);
        Assert.True(relaxed.Objective <= integer.Objective + 1e-9);
        Assert.True(relaxed.Objective < integer.Objective, "a split village makes the relaxation strictly cheaper here");
    }

    [Fact]
    public async Task The_LP_relaxation_s_dual_values_start_the_lagrangian_at_the_LP_bound_or_above()
    {
        var problem = new AllocationProblem([new("a", 7), new("b", 7), new("c", 5)], [new("s", 10), new("t", 12)], [[1, 5], [1, 4], [1, 3]], null);

        var relaxed = await new CbcSolver().SolveAsync(problem, relax: true, Limit, CancellationToken.None);
        var duals = relaxed.VillageDuals(3);
        var first = AllocationLagrangianOp.Solve(problem, null, duals, new AllocationLagrangianParameters(Iterations: 1))!;
        var climbed = AllocationLagrangianOp.Solve(problem, null, duals, new AllocationLagrangianParameters())!;

        Assert.All(duals, d => Assert.True(d > 0, "a village row's dual is what covering it costs"));
        Assert.True(first.LowerBound >= relaxed.Objective!.Value - 1e-6, $"L(duals) = {first.LowerBound} below the LP's {relaxed.Objective}");
        Assert.True(climbed.LowerBound > relaxed.Objective!.Value + 1, $"the knapsacks of whole villages should lift the LP's 41, got {climbed.LowerBound}");
        Assert.True(climbed.LowerBound <= 50 + 1e-6);
        Assert.True(climbed.ProvesOptimal(problem) || climbed.ExcludedPairs > 0);
    }

    [Fact]
    public async Task A_search_stopped_by_its_time_limit_reports_the_bound_it_proved()
    {
        // 200 villages and 20 sites scattered on a plane, capacities 1 : 2 : 3 in turn and 115 % of the demand: the shape
        // of the benchmark's hard instance, which CBC cannot close in two seconds.
        var random = new Random(11);
        var villages = Enumerable.Range(0, 200).Select(v => new AllocationVillage($"v{v}", random.Next(20, 200))).ToArray();
        var villageAt = villages.Select(_ => (X: random.NextDouble() * 50, Y: random.NextDouble() * 50)).ToArray();
        var siteAt = Enumerable.Range(0, 20).Select(_ => (X: random.NextDouble() * 50, Y: random.NextDouble() * 50)).ToArray();
        var share = villages.Sum(v => v.Households) * 1.15 / 40;
        var sites = Enumerable.Range(0, 20).Select(s => new AllocationSite($"s{s}", (int)Math.Ceiling(share * (1 + (s % 3))))).ToArray();
        var cost = villageAt.Select(v => siteAt.Select(s => 5 + Math.Sqrt(((v.X - s.X) * (v.X - s.X)) + ((v.Y - s.Y) * (v.Y - s.Y)))).ToArray()).ToArray();
        var problem = new AllocationProblem(villages, sites, cost, null);

        var stopped = await new CbcSolver().SolveAsync(problem, relax: false, TimeSpan.FromSeconds(2), CancellationToken.None);
        var relaxed = await new CbcSolver().SolveAsync(problem, relax: true, Limit, CancellationToken.None);

        Assert.Equal(CbcStatus.Stopped, stopped.Status);
        Assert.NotNull(stopped.LowerBound);
        Assert.True(stopped.LowerBound >= relaxed.Objective!.Value - 1e-6, $"CBC's bound {stopped.LowerBound} is below the LP's {relaxed.Objective}");
        var known = AllocationHeuristicOp.Solve(problem)!;
        Assert.True(stopped.LowerBound <= problem.Objective(known) + 1e-6, $"CBC's bound {stopped.LowerBound} is above the cost of a feasible answer, {problem.Objective(known)}");
    }

    [Fact]
    public async Task A_missing_solver_says_which_package_to_install()
    {
        var problem = new AllocationProblem([new("a", 1)], [new("s", 1)], [[1]], null);

        var e = await Assert.ThrowsAsync<CbcUnavailableException>(() => new CbcSolver { Executable = "cbc-not-installed" }.SolveAsync(problem, false, Limit, CancellationToken.None));

        Assert.Contains("coinor-cbc", e.Message, StringComparison.Ordinal);
    }

    private static AllocationProblem RandomProblem(Random random, int? maximumSites)
    {
        var villages = Enumerable.Range(0, 6).Select(v => new AllocationVillage($"v{v}", random.Next(0, 40))).ToArray();
        var total = villages.Sum(v => v.Households);
        var sites = Enumerable.Range(0, 3).Select(s => new AllocationSite($"s{s}", (int)(total * (0.25 + (random.NextDouble() * 0.6))))).ToArray();
        var cost = villages.Select(_ => (IReadOnlyList<double>)Enumerable.Range(0, 3)
            .Select(_ => random.NextDouble() < 0.15 ? double.PositiveInfinity : Math.Round(random.NextDouble() * 90, 3)).ToArray()).ToArray();
        // Every village keeps at least one allowed site (the model leaves out villages reaching none).
        for (var v = 0; v < cost.Length; v++)
        {
            if (cost[v].All(double.IsInfinity))
            {
                cost[v] = [10, 20, 30];
            }
        }

        return new AllocationProblem(villages, sites, cost, maximumSites);
    }

    private static int[]? WorstFeasible(AllocationProblem problem)
    {
        int[]? worst = null;
        var assignment = new int[6];
        for (var code = 0; code < 729; code++)
        {
            var rest = code;
            for (var v = 0; v < 6; v++)
            {
                assignment[v] = rest % 3;
                rest /= 3;
            }

            if (problem.IsFeasible(assignment) && (worst is null || problem.Objective(assignment) > problem.Objective(worst)))
            {
                worst = (int[])assignment.Clone();
            }
        }

        return worst;
    }

    private static double? BruteForce(AllocationProblem problem)
    {
        double? best = null;
        var assignment = new int[6];
        for (var code = 0; code < 729; code++)
        {
            var rest = code;
            for (var v = 0; v < 6; v++)
            {
                assignment[v] = rest % 3;
                rest /= 3;
            }

            if (problem.IsFeasible(assignment) && (best is null || problem.Objective(assignment) < best))
            {
                best = problem.Objective(assignment);
            }
        }

        return best;
    }
}
