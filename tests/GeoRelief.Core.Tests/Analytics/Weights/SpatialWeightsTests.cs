using GeoRelief.Core.Analytics.Weights;
using NetTopologySuite.Geometries;

namespace GeoRelief.Core.Tests.Analytics.Weights;

public sealed class SpatialWeightsTests
{
    /// <summary>The six points of PySAL esda's Getis–Ord tests (esda/tests/test_getisord.py), in metres.</summary>
    internal static Coordinate[] EsdaPoints { get; } =
        [new(10, 10), new(20, 10), new(40, 10), new(15, 20), new(30, 20), new(30, 30)];

    [Fact]
    public void Adjacency_pairs_are_symmetric_deduplicated_and_sorted()
    {
        var weights = SpatialWeights.FromAdjacencyPairs(4, [(0, 2), (2, 0), (0, 1), (0, 2)]);

        Assert.Equal([1, 2], weights.NeighboursOf(0));
        Assert.Equal([0], weights.NeighboursOf(1));
        Assert.Equal([0], weights.NeighboursOf(2));
        Assert.Equal(WeightsTransform.Binary, weights.Transform);
        Assert.Equal([1.0, 1.0], weights.WeightsOf(0));
    }

    [Fact]
    public void Units_without_neighbours_are_reported_not_dropped()
    {
        var weights = SpatialWeights.FromAdjacencyPairs(5, [(0, 1), (1, 2)]);

        Assert.Equal(5, weights.UnitCount);
        Assert.Equal([3, 4], weights.UnitsWithoutNeighbours);
        Assert.Equal(0, weights.NeighbourCount(3));
        Assert.Equal([3, 4], weights.RowStandardised().UnitsWithoutNeighbours);
    }

    [Fact]
    public void Row_standardised_rows_sum_to_one_and_binary_restores_ones()
    {
        var row = GridWeights.Rook(3, 3).RowStandardised();

        Assert.Equal(WeightsTransform.RowStandardised, row.Transform);
        for (var i = 0; i < row.UnitCount; i++)
        {
            Assert.Equal(1.0, row.WeightsOf(i).Sum(), 1e-12);
        }

        Assert.Equal([0.5, 0.5], row.WeightsOf(0));
        Assert.Equal([1.0, 1.0, 1.0, 1.0], row.Binary().WeightsOf(4));
    }

    [Fact]
    public void Queen_lattice_helper_has_expected_degrees()
    {
        var queen = GridWeights.Queen(3, 3);

        Assert.Equal([1, 3, 4], queen.NeighboursOf(0));
        Assert.Equal(8, queen.NeighbourCount(4));
    }

    [Fact]
    public void Neighbour_lists_may_be_asymmetric()
    {
        var weights = SpatialWeights.FromNeighbourLists([[1], [], [0, 1, 1]]);

        Assert.Equal([1], weights.NeighboursOf(0));
        Assert.Equal([0, 1], weights.NeighboursOf(2));
        Assert.Equal([1], weights.UnitsWithoutNeighbours);
    }

    [Fact]
    public void Bad_pairs_are_refused_with_the_offending_units()
    {
        var self = Assert.Throws<ArgumentException>(() => SpatialWeights.FromAdjacencyPairs(3, [(1, 1)]));
        var outside = Assert.Throws<ArgumentException>(() => SpatialWeights.FromNeighbourLists([[5], []]));

        Assert.Contains("Unit 1 is listed as its own neighbour", self.Message, StringComparison.Ordinal);
        Assert.Contains("(0, 5)", outside.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Distance_band_includes_pairs_exactly_on_the_threshold()
    {
        // Hand-computed distances: 0–1 10, 0–3 11.18, 1–3 11.18, 1–4 14.14, 2–4 14.14, 4–5 10, and 3–4 exactly 15.
        var weights = SpatialWeights.DistanceBand(EsdaPoints, 15);

        Assert.Equal([1, 3], weights.NeighboursOf(0));
        Assert.Equal([0, 3, 4], weights.NeighboursOf(1));
        Assert.Equal([4], weights.NeighboursOf(2));
        Assert.Equal([0, 1, 4], weights.NeighboursOf(3));
        Assert.Equal([1, 2, 3, 5], weights.NeighboursOf(4));
        Assert.Equal([4], weights.NeighboursOf(5));
        Assert.Empty(weights.UnitsWithoutNeighbours);
        Assert.Equal([4], SpatialWeights.DistanceBand(EsdaPoints, 14.9).NeighboursOf(5));
        Assert.Equal([2], SpatialWeights.DistanceBand(EsdaPoints, 12).UnitsWithoutNeighbours);
    }

    [Fact]
    public void K_nearest_breaks_ties_by_lower_index()
    {
        // Point 3 is 11.18 m from both 0 and 1: the tie goes to 0.
        var weights = SpatialWeights.KNearest(EsdaPoints, 1);

        Assert.Equal([[1], [0], [4], [0], [5], [4]], Enumerable.Range(0, 6).Select(i => weights.NeighboursOf(i).ToArray()));
    }

    [Fact]
    public void Minimum_threshold_gives_every_point_a_neighbour()
    {
        var threshold = SpatialWeights.MinimumThresholdDistance(EsdaPoints);

        Assert.Equal(Math.Sqrt(200), threshold, 1e-12);
        Assert.Empty(SpatialWeights.DistanceBand(EsdaPoints, threshold).UnitsWithoutNeighbours);
    }

    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    public void Grid_searches_agree_with_brute_force_on_random_points(int seed)
    {
        var random = new Random(seed);
        var points = Enumerable.Range(0, 400)
            .Select(_ => new Coordinate(Math.Round(random.NextDouble() * 5000), Math.Round(random.NextDouble() * 2000)))
            .ToArray();

        var band = SpatialWeights.DistanceBand(points, 250);
        var nearest = SpatialWeights.KNearest(points, 6);

        for (var i = 0; i < points.Length; i++)
        {
            var others = Enumerable.Range(0, points.Length).Where(j => j != i).ToArray();
            Assert.Equal(others.Where(j => points[i].Distance(points[j]) <= 250), band.NeighboursOf(i));
            var expectedNearest = others.OrderBy(j => points[i].Distance(points[j])).ThenBy(j => j).Take(6).Order();
            Assert.Equal(expectedNearest, nearest.NeighboursOf(i));
        }
    }

    [Fact]
    public void Invalid_point_inputs_are_refused()
    {
        Assert.Throws<ArgumentException>(() => SpatialWeights.KNearest(EsdaPoints, 6));
        Assert.Throws<ArgumentException>(() => SpatialWeights.DistanceBand(EsdaPoints, 0));
        Assert.Throws<ArgumentException>(() => SpatialWeights.DistanceBand([new Coordinate(double.NaN, 0)], 10));
    }
}
