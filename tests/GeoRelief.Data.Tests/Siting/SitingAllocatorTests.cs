using GeoRelief.Core.Siting.Allocation;
using GeoRelief.Data.Siting;

namespace GeoRelief.Data.Tests.Siting;

/// <summary>The allocator's own reasoning about bounds, without the database.</summary>
public sealed class SitingAllocatorTests
{
    [Fact]
    public void The_bound_of_a_search_on_the_reduced_model_holds_for_the_problem_only_up_to_the_fixing_incumbent()
    {
        var problem = new AllocationProblem([new("a", 7), new("b", 7), new("c", 5)], [new("s", 10), new("t", 12)], [[1, 5], [1, 4], [1, 3]], null);
        var incumbent = new[] { 1, 0, 1 }; // 7 × 5 + 7 × 1 + 5 × 3 = 57
        var lagrangian = new AllocationLagrangianResult(41, incumbent, [[false, false], [false, true], [false, false]], 1, 1);
        var reduced = lagrangian.Reduce(problem);
        CbcSolution Stopped(double? bound) =>
            new(CbcStatus.Stopped, "Stopped on time", null, new Dictionary<string, double>(), new Dictionary<string, double>(), bound);

        Assert.Equal(52, SitingAllocator.SearchBound(problem, problem, Stopped(52), null));
        Assert.Equal(52, SitingAllocator.SearchBound(problem, reduced, Stopped(52), lagrangian));
        // The reduced model may hold nothing as cheap as the incumbent: then the incumbent's cost is all that is proven.
        Assert.Equal(57, SitingAllocator.SearchBound(problem, reduced, Stopped(60), lagrangian));
        Assert.Null(SitingAllocator.SearchBound(problem, reduced, Stopped(null), lagrangian));
    }
}
