using GeoRelief.Core.Analytics.SpatialStatistics;
using GeoRelief.Core.Analytics.Weights;
using GeoRelief.Core.Tests.Analytics.Weights;

namespace GeoRelief.Core.Tests.Analytics.SpatialStatistics;

public sealed class GetisOrdGiStarOpTests
{
    private static readonly double[] EsdaValues = [2, 3, 3.2, 5, 8, 7];

    [Fact]
    public void Matches_esda_and_hand_computation_on_the_esda_points()
    {
        // pysal/esda esda/tests/test_getisord.py test_star_binary: DistanceBand(POINTS, threshold=15), y = [2, 3, 3.2, 5, 8, 7],
        // G_Local(transform="B", star=True).Zs[0] = −1.39727626.
        // By hand: n = 6, x̄ = 28.2/6 = 4.7, S² = 161.24/6 − 4.7² = 4.783333, S = 2.187083.
        // Unit 0: itself and neighbours 1, 3 → W = 3, Σx = 2 + 3 + 5 = 10; z = (10 − 3·4.7) / (S·√((6·3 − 9)/5)) = −4.1/2.934301 = −1.397276.
        // Unit 4: itself and 1, 2, 3, 5 → W = 5, Σx = 26.2; z = (26.2 − 23.5) / (S·√((30 − 25)/5)) = 2.7/2.187083 = 1.234521.
        var weights = SpatialWeights.DistanceBand(SpatialWeightsTests.EsdaPoints, 15);

        var result = GetisOrdGiStarOp.Compute(EsdaValues, weights);

        Assert.Equal(-1.39727626, result.Units[0].Z!.Value, 1e-7);
        Assert.Equal(2.7 / Math.Sqrt((161.24 / 6) - (4.7 * 4.7)), result.Units[4].Z!.Value, 1e-12);
        Assert.Equal(2, result.Units[0].NeighbourCount);
        Assert.Equal(HotSpotCategory.NotSignificant, result.Units[0].Category);
    }

    [Fact]
    public void Row_standardised_input_is_treated_as_binary()
    {
        var weights = SpatialWeights.DistanceBand(SpatialWeightsTests.EsdaPoints, 15);

        var binary = GetisOrdGiStarOp.Compute(EsdaValues, weights, new GetisOrdGiStarParameters { Permutations = 0 });
        var rowStandardised = GetisOrdGiStarOp.Compute(EsdaValues, weights.RowStandardised(), new GetisOrdGiStarParameters { Permutations = 0 });

        Assert.Equal(binary.Units, rowStandardised.Units);
        Assert.All(binary.Units, u => Assert.Null(u.PseudoPValue));
    }

    [Fact]
    public void Clear_hot_and_cold_blocks_are_found()
    {
        var values = new double[100];
        for (var r = 0; r < 10; r++)
        {
            for (var c = 0; c < 10; c++)
            {
                values[(r * 10) + c] = r < 3 && c < 3 ? 100 : r >= 7 && c >= 7 ? 0 : 50;
            }
        }

        var result = GetisOrdGiStarOp.Compute(values, GridWeights.Rook(10, 10));

        Assert.Equal(HotSpotCategory.HotSpot99, result.Units[11].Category);
        Assert.Equal(HotSpotCategory.ColdSpot99, result.Units[88].Category);
        Assert.Equal(HotSpotCategory.NotSignificant, result.Units[45].Category);
        Assert.True(result.Units[11].PseudoPValue <= 0.01);
    }

    [Fact]
    public void Unit_without_neighbours_gets_no_score()
    {
        var weights = SpatialWeights.FromAdjacencyPairs(4, [(0, 1), (1, 2)]);

        var result = GetisOrdGiStarOp.Compute([1, 5, 2, 9], weights);

        Assert.Null(result.Units[3].Z);
        Assert.Equal(HotSpotCategory.NoNeighbours, result.Units[3].Category);
        Assert.Equal([3], result.UnitsWithoutNeighbours);
    }

    [Fact]
    public void Unit_neighbouring_everyone_has_zero_score()
    {
        // Star: unit 0 touches all others, so its Gi* window is the whole map.
        var weights = SpatialWeights.FromAdjacencyPairs(4, [(0, 1), (0, 2), (0, 3)]);

        var result = GetisOrdGiStarOp.Compute([10, 1, 2, 3], weights);

        Assert.Equal(0.0, result.Units[0].Z);
        Assert.Equal(1.0, result.Units[0].PValue!.Value, 1e-15);
    }
}
