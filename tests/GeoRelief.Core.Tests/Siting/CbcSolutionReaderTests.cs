using GeoRelief.Core.Siting.Allocation;

namespace GeoRelief.Core.Tests.Siting;

public sealed class CbcSolutionReaderTests
{
    [Fact]
    public void Reads_status_objective_and_values()
    {
        var solution = CbcSolutionReader.Read("Optimal - objective value 4.00000000\n      0 x_0_0                  1                       3\n      1 x_0_1                  0                       5\n");

        Assert.Equal(CbcStatus.Optimal, solution.Status);
        Assert.Equal(4, solution.Objective);
        Assert.Equal(1, solution.Value("x_0_0"));
        Assert.Equal(0, solution.Value("x_0_1"));
        Assert.Equal(0, solution.Value("x_9_9"));
    }

    [Fact]
    public void Reads_row_activities_and_dual_values_printed_with_all_printing_options()
    {
        var solution = CbcSolutionReader.Read("Optimal - objective value 41\n      0 village_0   1   7\n      1 capacity_0   10   -0.5\n      0 x_0_0   1   0\n");

        Assert.Equal(7, solution.Marginal("village_0"));
        Assert.Equal(-0.5, solution.Marginal("capacity_0"));
        Assert.Equal(10, solution.Value("capacity_0"));
        Assert.Equal(1, solution.Value("x_0_0"));
        Assert.Equal(0, solution.Marginal("village_9"));
    }

    [Theory]
    [InlineData("Infeasible - objective value 1.00000000", CbcStatus.Infeasible)]
    [InlineData("Integer infeasible - objective value 1.00000000", CbcStatus.Infeasible)]
    [InlineData("Stopped on time - objective value 12.5", CbcStatus.Stopped)]
    public void Reads_other_statuses(string header, CbcStatus status) => Assert.Equal(status, CbcSolutionReader.Read(header + "\n").Status);

    [Fact]
    public void Reads_the_lower_bound_of_a_stopped_search_from_the_log()
    {
        const string log = "Result - Stopped on time limit\n\nObjective value:                206087.65174848\nLower bound:                    205247.304\nGap:                            0.00\n";

        var solution = CbcSolutionReader.Read("Stopped on time - objective value 206087.65174848\n", log);

        Assert.Equal(205247.304, solution.LowerBound);
        Assert.Null(CbcSolutionReader.Read("Stopped on time - objective value 206087.65174848\n").LowerBound);
    }

    [Fact]
    public void A_log_without_a_known_bound_gives_none() =>
        Assert.Null(CbcSolutionReader.Read("Stopped on time - objective value 1\n", "Lower bound:                    -1e+50\n").LowerBound);

    [Fact]
    public void Rejects_text_that_is_not_a_solution() =>
        Assert.Throws<FormatException>(() => CbcSolutionReader.Read("Optimal - objective value 1\nnot a row\n"));

    [Fact]
    public void The_model_has_one_row_per_village_and_site_and_binaries_unless_relaxed()
    {
        var problem = new AllocationProblem([new("a", 3), new("b", 2)], [new("s", 4), new("t", 5)], [[1, double.NaN], [2, 3]], 1);

        var model = AllocationMipWriter.Write(problem, relax: false);
        var relaxed = AllocationMipWriter.Write(problem, relax: true);

        Assert.Contains(" village_0: + x_0_0 = 1", model, StringComparison.Ordinal);
        Assert.Contains(" village_1: + x_1_0 + x_1_1 = 1", model, StringComparison.Ordinal);
        Assert.Contains(" capacity_0: + 3 x_0_0 + 2 x_1_0 - 4 y_0 <= 0", model, StringComparison.Ordinal);
        Assert.Contains(" open_sites: + y_0 + y_1 <= 1", model, StringComparison.Ordinal);
        Assert.DoesNotContain("x_0_1", model, StringComparison.Ordinal);
        Assert.Contains("Binaries", model, StringComparison.Ordinal);
        Assert.DoesNotContain("Binaries", relaxed, StringComparison.Ordinal);
    }
}
