using GeoRelief.Core.Analytics.Access;

namespace GeoRelief.Core.Tests.Analytics.Access;

public sealed class TwoStepFloatingCatchmentOpTests
{
    private static readonly TwoStepFloatingCatchmentParameters TenKm = new() { CatchmentDistance = 10 };

    [Fact]
    public void Ratios_and_accessibility_match_hand_computation()
    {
        // Villages P = 100, 200, 50; bases S = 10, 30 jobs. Within 10 km: base 0 reaches all three villages
        // (village 2 exactly at 10 km counts), base 1 only village 1 (village 2 is 12 km away).
        // R₀ = 10/350 = 1/35, R₁ = 30/200 = 0.15; A₀ = 1/35, A₁ = 1/35 + 0.15, A₂ = 1/35.
        TravelDistance[] distances = [new(0, 0, 5), new(1, 0, 8), new(1, 1, 3), new(2, 1, 12), new(2, 0, 10)];

        var result = TwoStepFloatingCatchmentOp.Compute([10, 30], [100, 200, 50], distances, TenKm);

        Assert.Equal(1.0 / 35, result.SupplyRatios[0]!.Value, 1e-15);
        Assert.Equal(0.15, result.SupplyRatios[1]!.Value, 1e-15);
        Assert.Equal([350.0, 200.0], result.CatchmentDemand);
        Assert.Equal(1.0 / 35, result.Accessibility[0], 1e-15);
        Assert.Equal((1.0 / 35) + 0.15, result.Accessibility[1], 1e-15);
        Assert.Equal(1.0 / 35, result.Accessibility[2], 1e-15);
        Assert.Equal([1, 2, 1], result.ReachableSupplyCounts);
        Assert.Empty(result.DemandWithoutAccess);
    }

    [Fact]
    public void Matrix_input_gives_the_same_answer_and_infinity_means_unreachable()
    {
        var matrix = new double[,] { { 5, double.PositiveInfinity }, { 8, 3 }, { 10, 12 } };

        var result = TwoStepFloatingCatchmentOp.Compute([10, 30], [100, 200, 50], matrix, TenKm);

        Assert.Equal((1.0 / 35) + 0.15, result.Accessibility[1], 1e-15);
        Assert.Equal([1, 2, 1], result.ReachableSupplyCounts);
    }

    [Fact]
    public void Unreached_villages_and_bases_without_demand_are_reported()
    {
        // Village 1 reaches nothing; base 1 is reached by nobody, so its ratio is undefined.
        var result = TwoStepFloatingCatchmentOp.Compute([10, 30], [100, 200], [new(0, 0, 2), new(1, 1, 50)], TenKm);

        Assert.Equal([1], result.DemandWithoutAccess);
        Assert.Equal(0, result.Accessibility[1]);
        Assert.Null(result.SupplyRatios[1]);
        Assert.Equal(0.1, result.Accessibility[0], 1e-15);
    }

    [Fact]
    public void Repeated_pairs_keep_the_shortest_distance()
    {
        var result = TwoStepFloatingCatchmentOp.Compute([10], [100], [new(0, 0, 50), new(0, 0, 4)], TenKm);

        Assert.Equal(0.1, result.Accessibility[0], 1e-15);
    }

    [Fact]
    public void Bad_inputs_are_refused()
    {
        Assert.Throws<ArgumentException>(() => TwoStepFloatingCatchmentOp.Compute([10], [100], [new(0, 3, 1)], TenKm));
        Assert.Throws<ArgumentException>(() => TwoStepFloatingCatchmentOp.Compute([10], [100], [new(0, 0, double.NaN)], TenKm));
        Assert.Throws<ArgumentException>(() => TwoStepFloatingCatchmentOp.Compute([-1], [100], [new(0, 0, 1)], TenKm));
        Assert.Throws<ArgumentException>(() => TwoStepFloatingCatchmentOp.Compute([10], [100], new double[2, 1], TenKm));
        Assert.Throws<ArgumentException>(() => TwoStepFloatingCatchmentOp.Compute([10], [100], [new(0, 0, 1)], new TwoStepFloatingCatchmentParameters { CatchmentDistance = double.NaN }));
    }
}
