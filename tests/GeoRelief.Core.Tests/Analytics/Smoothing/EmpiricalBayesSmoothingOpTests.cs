using GeoRelief.Core.Analytics.Smoothing;
using GeoRelief.Core.Analytics.Weights;

namespace GeoRelief.Core.Tests.Analytics.Smoothing;

public sealed class EmpiricalBayesSmoothingOpTests
{
    private static readonly double[] Poor = [2, 30, 10];
    private static readonly double[] Population = [10, 100, 100];

    [Fact]
    public void Global_smoothing_matches_hand_computation()
    {
        // Rates 0.2, 0.3, 0.1. b = 42/210 = 0.2. s² = (10·0² + 100·0.1² + 100·0.1²)/210 = 2/210.
        // n̄ = 70, so a = 2/210 − 0.2/70 = 1/150.
        // w₁ = a/(a + 0.2/10) = 1/4 → 0.2; w₂ = w₃ = a/(a + 0.2/100) = 10/13 → 3.6/13 and 1.6/13.
        var result = EmpiricalBayesSmoothingOp.Smooth(Poor, Population);

        Assert.All(result, r => Assert.Equal(0.2, r.PriorMean, 1e-15));
        Assert.All(result, r => Assert.Equal(1.0 / 150, r.PriorVariance, 1e-15));
        Assert.Equal(0.25, result[0].Shrinkage, 1e-12);
        Assert.Equal(10.0 / 13, result[1].Shrinkage, 1e-12);
        Assert.Equal([0.2, 3.6 / 13, 1.6 / 13], result.Select(r => r.SmoothedRate), new ToleranceComparer(1e-12));
        Assert.Equal(0.3, result[1].RawRate);
        Assert.Equal(100, result[1].Population);
    }

    [Fact]
    public void No_between_area_variance_shrinks_every_rate_to_the_overall_rate()
    {
        // Rates 0.1, 0.1, 0 with b = 11/120: s² = 0.0916667/120 ≈ 0.00076 is below b/n̄ = 0.00229, so a = 0.
        var result = EmpiricalBayesSmoothingOp.Smooth([1, 10, 0], [10, 100, 10]);

        Assert.All(result, r => Assert.Equal(11.0 / 120, r.SmoothedRate, 1e-15));
        Assert.All(result, r => Assert.Equal(0, r.Shrinkage));
    }

    [Fact]
    public void Zero_population_gives_no_raw_rate_and_the_prior_as_estimate()
    {
        // Adding an empty unit keeps b = 0.2 but changes n̄ to 52.5: a = 2/210 − 0.2/52.5 = 1/175.
        var result = EmpiricalBayesSmoothingOp.Smooth([2, 30, 10, 0], [10, 100, 100, 0]);

        Assert.Null(result[3].RawRate);
        Assert.Equal(0.2, result[3].SmoothedRate, 1e-15);
        Assert.Equal(0, result[3].Shrinkage);
        Assert.Equal(1.0 / 175, result[0].PriorVariance, 1e-15);
    }

    [Fact]
    public void Local_smoothing_uses_each_units_window()
    {
        // Path 0 – 1 – 2. Unit 1's window is every unit, so it gets the global estimate 3.6/13.
        // Unit 0's window {0, 1}: b = 32/110, s² = (10·(0.2 − b)² + 100·(0.3 − b)²)/110 ≈ 0.000826 < b/55 ≈ 0.00529, so a = 0
        // and the estimate is b itself.
        var neighbours = SpatialWeights.FromAdjacencyPairs(3, [(0, 1), (1, 2)]);

        var result = EmpiricalBayesSmoothingOp.Smooth(Poor, Population, new EmpiricalBayesParameters { Neighbours = neighbours });

        Assert.Equal(3.6 / 13, result[1].SmoothedRate, 1e-12);
        Assert.Equal(32.0 / 110, result[0].SmoothedRate, 1e-12);
        Assert.Equal(32.0 / 110, result[0].PriorMean, 1e-12);
    }

    [Fact]
    public void Inconsistent_counts_are_refused()
    {
        var length = Assert.Throws<ArgumentException>(() => EmpiricalBayesSmoothingOp.Smooth([1, 2], [10]));
        var eventsWithoutPopulation = Assert.Throws<ArgumentException>(() => EmpiricalBayesSmoothingOp.Smooth([1, 2], [10, 0]));
        var negative = Assert.Throws<ArgumentException>(() => EmpiricalBayesSmoothingOp.Smooth([-1, 2], [10, 10]));
        var empty = Assert.Throws<ArgumentException>(() => EmpiricalBayesSmoothingOp.Smooth([0, 0], [0, 0]));

        Assert.Contains("2 event counts but 1 populations", length.Message, StringComparison.Ordinal);
        Assert.Contains("Unit 1 has 2 events but no population", eventsWithoutPopulation.Message, StringComparison.Ordinal);
        Assert.Contains("negative", negative.Message, StringComparison.Ordinal);
        Assert.Contains("Every population is zero", empty.Message, StringComparison.Ordinal);
    }

    private sealed class ToleranceComparer(double tolerance) : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) <= tolerance;

        public int GetHashCode(double obj) => 0;
    }
}
