using GeoRelief.Core.Analytics.SpatialStatistics;
using GeoRelief.Core.Analytics.Weights;
using GeoRelief.Core.Tests.Analytics.Weights;

namespace GeoRelief.Core.Tests.Analytics.SpatialStatistics;

public sealed class GlobalMoranOpTests
{
    private static readonly double[] OneToNine = [1, 2, 3, 4, 5, 6, 7, 8, 9];

    [Fact]
    public void Three_by_three_rook_lattice_matches_hand_computation_and_esda_variances()
    {
        // y = 1…9 row by row, binary rook weights (PySAL lat2W(3, 3)). z = y − 5 = −4…4, Σz² = 60.
        // 12 edges, S0 = 24. Σ over edges of zᵢzⱼ: rows 12+6+0+0+6+12 = 36, columns 4−2+0+0−2+4 = 4, both directions
        // 2·40 = 80. I = (9/24)·(80/60) = 0.5. E[I] = −1/8.
        // Variances from pysal/esda esda/tests/test_moran.py test_variance: VI_rand = 0.0596875, VI_norm = 0.053125;
        // VI_norm by hand: S1 = 48, S2 = 4·Σdegree² = 4·68 = 272,
        // (81·48 − 9·272 + 3·24²)/(80·24²) − 1/64 = 3168/46080 − 0.015625 = 0.053125.
        var result = GlobalMoranOp.Compute(OneToNine, GridWeights.Rook(3, 3), new GlobalMoranParameters { Permutations = 0 });

        Assert.Equal(0.5, result.I, 1e-12);
        Assert.Equal(-0.125, result.ExpectedI, 1e-15);
        Assert.Equal(0.053125, result.VarianceNormality, 1e-12);
        Assert.Equal(0.0596875, result.VarianceRandomisation, 1e-12);
        Assert.Equal(0.625 / Math.Sqrt(0.053125), result.ZNormality, 1e-12);
        Assert.Null(result.PseudoPValue);
        Assert.Equal(9, result.UnitCount);
    }

    [Fact]
    public void Row_standardised_weights_change_i_as_expected()
    {
        // With row-standardised weights S0 = n, so I = Σᵢ zᵢ·lagᵢ / Σz² with lag the neighbour mean.
        var weights = GridWeights.Rook(3, 3).RowStandardised();
        double[] z = [-4, -3, -2, -1, 0, 1, 2, 3, 4];
        var expected = Enumerable.Range(0, 9).Sum(i => z[i] * weights.NeighboursOf(i).Average(j => z[j])) / 60.0;

        var result = GlobalMoranOp.Compute(OneToNine, weights, new GlobalMoranParameters { Permutations = 0 });

        Assert.Equal(expected, result.I, 1e-12);
    }

    [Fact]
    public void Permutation_p_value_is_seeded_and_small_for_a_clear_gradient()
    {
        var weights = GridWeights.Rook(10, 10).RowStandardised();
        var values = Enumerable.Range(0, 100).Select(i => (double)((i / 10) + (i % 10))).ToArray();

        var first = GlobalMoranOp.Compute(values, weights);
        var again = GlobalMoranOp.Compute(values, weights);
        var otherSeed = GlobalMoranOp.Compute(values, weights, new GlobalMoranParameters { Seed = 7 });

        Assert.Equal(first, again with { UnitsWithoutNeighbours = first.UnitsWithoutNeighbours });
        Assert.Equal(0.001, first.PseudoPValue);
        Assert.Equal(0.001, otherSeed.PseudoPValue);
        Assert.True(first.I > 0.8);
        Assert.True(first.PValueNormality < 1e-10);
    }

    [Fact]
    public void Random_values_are_not_significant_under_permutation()
    {
        var random = new Random(3);
        var values = Enumerable.Range(0, 400).Select(_ => random.NextDouble()).ToArray();

        var result = GlobalMoranOp.Compute(values, GridWeights.Rook(20, 20));

        Assert.InRange(result.PseudoPValue!.Value, 0.05, 0.5);
        Assert.InRange(Math.Abs(result.ZRandomisation), 0, 1.96);
    }

    [Fact]
    public void Islands_are_reported()
    {
        var weights = SpatialWeights.FromAdjacencyPairs(5, [(0, 1), (1, 2), (2, 3)]);

        var result = GlobalMoranOp.Compute([1, 2, 3, 4, 5], weights, new GlobalMoranParameters { Permutations = 0 });

        Assert.Equal([4], result.UnitsWithoutNeighbours);
    }

    [Fact]
    public void Bad_inputs_are_refused_with_plain_messages()
    {
        var weights = GridWeights.Rook(2, 2);

        var mismatch = Assert.Throws<ArgumentException>(() => GlobalMoranOp.Compute([1, 2, 3], weights));
        var constant = Assert.Throws<ArgumentException>(() => GlobalMoranOp.Compute([2, 2, 2, 2], weights));
        var noNeighbours = Assert.Throws<ArgumentException>(() => GlobalMoranOp.Compute([1, 2, 3, 4], SpatialWeights.FromNeighbourLists([[], [], [], []])));

        Assert.Contains("3 values were given for 4 spatial units", mismatch.Message, StringComparison.Ordinal);
        Assert.Contains("All values are equal", constant.Message, StringComparison.Ordinal);
        Assert.Contains("No unit has a neighbour", noNeighbours.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Weights_where_every_unit_neighbours_every_other_are_refused_rather_than_dividing_zero_by_zero()
    {
        // Four units each with the three others (k nearest with k = n − 1): I is −1/3 whatever the values.
        var complete = SpatialWeights.FromNeighbourLists([[1, 2, 3], [0, 2, 3], [0, 1, 3], [0, 1, 2]]);

        var refused = Assert.Throws<ArgumentException>(() => GlobalMoranOp.Compute([1, 2, 3, 9], complete));

        Assert.Equal("weights", refused.ParamName);
        Assert.Contains("Every unit neighbours every other", refused.Message, StringComparison.Ordinal);
    }
}
