using GeoRelief.Core.Analytics.SpatialStatistics;
using GeoRelief.Core.Analytics.Weights;
using GeoRelief.Core.Tests.Analytics.Weights;

namespace GeoRelief.Core.Tests.Analytics.SpatialStatistics;

public sealed class LocalMoranOpTests
{
    [Fact]
    public void Corner_of_the_three_by_three_lattice_matches_hand_computation()
    {
        // y = 1…9, z = −4…4, m₂ = Σz²/n = 60/9. Unit 0 (z = −4) has rook neighbours 1 (z = −3) and 3 (z = −1):
        // row-standardised lag = −2, so I₀ = (−4)(−2)/(60/9) = 1.2.
        var result = LocalMoranOp.Compute([1, 2, 3, 4, 5, 6, 7, 8, 9], GridWeights.Rook(3, 3).RowStandardised());

        var corner = result.Units[0];
        Assert.Equal(1.2, corner.I, 1e-12);
        Assert.Equal(-4, corner.Deviation, 1e-12);
        Assert.Equal(-2, corner.SpatialLag, 1e-12);
    }

    [Fact]
    public void Mean_of_local_values_equals_global_moran_with_row_standardised_weights()
    {
        var random = new Random(5);
        var values = Enumerable.Range(0, 64).Select(_ => random.NextDouble() * 100).ToArray();
        var weights = GridWeights.Rook(8, 8).RowStandardised();

        var local = LocalMoranOp.Compute(values, weights, new LocalMoranParameters { Permutations = 9 });
        var global = GlobalMoranOp.Compute(values, weights, new GlobalMoranParameters { Permutations = 0 });

        Assert.Equal(global.I, local.Units.Average(u => u.I), 1e-12);
    }

    [Fact]
    public void Clear_hot_and_cold_corners_are_labelled_high_high_and_low_low()
    {
        // 10 × 10 grid: a block of 100s in the top-left 3 × 3, 0s in the bottom-right 3 × 3, 50 elsewhere.
        var values = new double[100];
        for (var r = 0; r < 10; r++)
        {
            for (var c = 0; c < 10; c++)
            {
                values[(r * 10) + c] = r < 3 && c < 3 ? 100 : r >= 7 && c >= 7 ? 0 : 50;
            }
        }

        var result = LocalMoranOp.Compute(values, GridWeights.Rook(10, 10).RowStandardised());

        Assert.Equal(LisaCluster.HighHigh, result.Units[11].Cluster);
        Assert.Equal(LisaCluster.LowLow, result.Units[88].Cluster);
        Assert.Equal(LisaCluster.NotSignificant, result.Units[55].Cluster);
        Assert.InRange(result.Units[11].PseudoPValue!.Value, 0.001, 0.05);
        Assert.Equal(999, result.Permutations);
    }

    [Fact]
    public void Spatial_outliers_are_labelled_high_low_and_low_high()
    {
        // 10 × 10 grid, queen contiguity: left half 0, right half 100, with one 100 deep in the left half and one 0 deep
        // in the right half. Eight like neighbours out of a 50/50 map happen by chance with probability about 0.5⁸.
        var values = new double[100];
        for (var i = 0; i < 100; i++)
        {
            values[i] = i % 10 < 5 ? 0 : 100;
        }

        values[52] = 100;
        values[57] = 0;

        var result = LocalMoranOp.Compute(values, GridWeights.Queen(10, 10).RowStandardised());

        Assert.Equal(LisaCluster.HighLow, result.Units[52].Cluster);
        Assert.Equal(LisaCluster.LowHigh, result.Units[57].Cluster);
    }

    [Fact]
    public void P_values_are_reproducible_with_the_seed_and_bounded()
    {
        var random = new Random(9);
        var values = Enumerable.Range(0, 100).Select(_ => random.NextDouble()).ToArray();
        var weights = GridWeights.Rook(10, 10).RowStandardised();

        var first = LocalMoranOp.Compute(values, weights, new LocalMoranParameters { Seed = 42 });
        var second = LocalMoranOp.Compute(values, weights, new LocalMoranParameters { Seed = 42 });

        Assert.Equal(first.Units, second.Units);
        Assert.All(first.Units, u => Assert.InRange(u.PseudoPValue!.Value, 1.0 / 1000, 0.5 + (1.0 / 1000)));
    }

    [Fact]
    public void Unit_without_neighbours_is_labelled_and_has_no_p_value()
    {
        var weights = SpatialWeights.FromAdjacencyPairs(4, [(0, 1), (1, 2)]);

        var result = LocalMoranOp.Compute([1, 5, 2, 9], weights);

        Assert.Equal([3], result.UnitsWithoutNeighbours);
        Assert.Equal(LisaCluster.NoNeighbours, result.Units[3].Cluster);
        Assert.Null(result.Units[3].PseudoPValue);
    }

    [Fact]
    public void Zero_permutations_and_bad_alpha_are_refused()
    {
        var weights = GridWeights.Rook(2, 2);

        Assert.Throws<ArgumentException>(() => LocalMoranOp.Compute([1, 2, 3, 4], weights, new LocalMoranParameters { Permutations = 0 }));
        Assert.Throws<ArgumentException>(() => LocalMoranOp.Compute([1, 2, 3, 4], weights, new LocalMoranParameters { Alpha = 1.5 }));
    }
}
