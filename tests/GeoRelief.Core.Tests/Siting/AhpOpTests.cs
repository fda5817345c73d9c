using GeoRelief.Core.Siting.Ahp;

namespace GeoRelief.Core.Tests.Siting;

public sealed class AhpOpTests
{
    // Saaty (1990), "How to make a decision: the analytic hierarchy process", EJOR 48:9–26, the house example:
    // criteria size, transportation, neighbourhood, age, yard, modern facilities, general condition, financing.
    // Published: weights .173 .054 .188 .018 .031 .036 .167 .333; λmax 9.669; CI .238; CR .169.
    private static readonly double[][] SaatyHouseCriteria =
    [
        [1, 5, 3, 7, 6, 6, 1 / 3.0, 1 / 4.0],
        [1 / 5.0, 1, 1 / 3.0, 5, 3, 3, 1 / 5.0, 1 / 7.0],
        [1 / 3.0, 3, 1, 6, 3, 4, 6, 1 / 5.0],
        [1 / 7.0, 1 / 5.0, 1 / 6.0, 1, 1 / 3.0, 1 / 4.0, 1 / 7.0, 1 / 8.0],
        [1 / 6.0, 1 / 3.0, 1 / 3.0, 3, 1, 1 / 2.0, 1 / 5.0, 1 / 6.0],
        [1 / 6.0, 1 / 3.0, 1 / 4.0, 4, 2, 1, 1 / 5.0, 1 / 6.0],
        [3, 5, 1 / 6.0, 7, 5, 5, 1, 1 / 2.0],
        [4, 7, 5, 8, 6, 6, 2, 1],
    ];

    private static AhpResult Compute(double[][] matrix) =>
        AhpOp.Compute(new AhpParameters(Enumerable.Range(1, matrix.Length).Select(i => $"c{i}").ToArray(), matrix));

    [Fact]
    public void Saaty_house_criteria_match_the_published_weights_and_are_refused_at_CR_0_169()
    {
        var result = Compute(SaatyHouseCriteria);

        double[] published = [0.173, 0.054, 0.188, 0.018, 0.031, 0.036, 0.167, 0.333];
        for (var i = 0; i < published.Length; i++)
        {
            Assert.Equal(published[i], result.Weights[i], 0.0015);
        }

        Assert.Equal(9.669, result.LambdaMax, 0.001);
        Assert.Equal(0.238, result.ConsistencyIndex, 0.001);
        Assert.Equal(1.41, result.RandomIndex);
        Assert.Equal(0.169, result.ConsistencyRatio, 0.001);
        Assert.False(result.IsConsistent);
        Assert.Contains("0.169", result.Explanation(), StringComparison.Ordinal);
    }

    [Fact]
    public void Saaty_house_size_comparison_matches_the_published_vector_and_CR_0_117()
    {
        // Same paper, houses A, B, C with respect to size: .754 .181 .065, λmax 3.136, CI .068, CR .117.
        var result = Compute([[1, 6, 8], [1 / 6.0, 1, 4], [1 / 8.0, 1 / 4.0, 1]]);

        Assert.Equal(0.754, result.Weights[0], 0.001);
        Assert.Equal(0.181, result.Weights[1], 0.001);
        Assert.Equal(0.065, result.Weights[2], 0.001);
        Assert.Equal(3.136, result.LambdaMax, 0.001);
        Assert.Equal(0.068, result.ConsistencyIndex, 0.001);
        Assert.Equal(0.117, result.ConsistencyRatio, 0.001);
        Assert.False(result.IsConsistent);
    }

    [Fact]
    public void A_perfectly_consistent_matrix_gives_its_ratios_back_with_lambda_n_and_CR_0()
    {
        double[] w = [0.4, 0.3, 0.2, 0.1];
        var matrix = w.Select(wi => w.Select(wj => wi / wj).ToArray()).ToArray();

        var result = Compute(matrix);

        for (var i = 0; i < w.Length; i++)
        {
            Assert.Equal(w[i], result.Weights[i], 1e-12);
        }

        Assert.Equal(4, result.LambdaMax, 1e-10);
        Assert.Equal(0, result.ConsistencyRatio, 1e-10);
        Assert.True(result.IsConsistent);
        Assert.Empty(result.MostInconsistent);
    }

    [Fact]
    public void The_single_corrupted_judgement_is_named_first()
    {
        double[] w = [0.4, 0.3, 0.2, 0.1];
        var matrix = w.Select(wi => w.Select(wj => wi / wj).ToArray()).ToArray();
        matrix[1][3] = 1 / 5.0;
        matrix[3][1] = 5;

        var result = Compute(matrix);

        Assert.False(result.IsConsistent);
        Assert.Equal(("c2", "c4"), (result.MostInconsistent[0].Row, result.MostInconsistent[0].Column));
        Assert.Contains("'c2' vs 'c4' was judged 0.2", result.Explanation(), StringComparison.Ordinal);
    }

    [Fact]
    public void Two_criteria_are_always_consistent()
    {
        var result = Compute([[1, 3], [1 / 3.0, 1]]);

        Assert.Equal(0.75, result.Weights[0], 1e-12);
        Assert.Equal(0, result.ConsistencyRatio);
        Assert.True(result.IsConsistent);
    }

    [Theory]
    [InlineData(3, 0.58)]
    [InlineData(4, 0.90)]
    [InlineData(5, 1.12)]
    [InlineData(6, 1.24)]
    [InlineData(7, 1.32)]
    [InlineData(8, 1.41)]
    [InlineData(9, 1.45)]
    [InlineData(10, 1.49)]
    public void Random_index_follows_the_published_table(int n, double ri) => Assert.Equal(ri, AhpRandomIndex.For(n));

    [Fact]
    public void Malformed_matrices_are_explained()
    {
        Assert.Contains("not reciprocal", AhpOp.Validate(new AhpParameters(["a", "b"], [[1, 3], [3, 1]])), StringComparison.Ordinal);
        Assert.Contains("2 × 2", AhpOp.Validate(new AhpParameters(["a", "b"], [[1, 3, 1], [1 / 3.0, 1, 1]])), StringComparison.Ordinal);
        Assert.Contains("positive", AhpOp.Validate(new AhpParameters(["a", "b"], [[1, -3], [-1 / 3.0, 1]])), StringComparison.Ordinal);
        Assert.Contains("diagonal", AhpOp.Validate(new AhpParameters(["a", "b"], [[2, 3], [1 / 3.0, 1]])), StringComparison.Ordinal);
        Assert.Contains("distinct", AhpOp.Validate(new AhpParameters(["a", "a"], [[1, 3], [1 / 3.0, 1]])), StringComparison.Ordinal);
        Assert.Null(AhpOp.Validate(new AhpParameters(["a", "b"], [[1, 3], [0.33, 1]])));
        Assert.Throws<ArgumentException>(() => AhpOp.Compute(new AhpParameters(["a", "b"], [[1, 3], [3, 1]])));
    }
}
