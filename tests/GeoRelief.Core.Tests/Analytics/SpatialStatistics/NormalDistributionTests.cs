using GeoRelief.Core.Analytics.SpatialStatistics.Internal;

namespace GeoRelief.Core.Tests.Analytics.SpatialStatistics;

public sealed class NormalDistributionTests
{
    // Reference values of erfc and the normal upper tail from standard tables (Abramowitz and Stegun; scipy.special.erfc).
    [Theory]
    [InlineData(0.0, 1.0)]
    [InlineData(0.5, 0.4795001221869534)]
    [InlineData(1.0, 0.15729920705028513)]
    [InlineData(2.0, 0.004677734981047266)]
    [InlineData(3.0, 2.209049699858544e-05)]
    [InlineData(5.0, 1.5374597944280349e-12)]
    [InlineData(-1.0, 1.8427007929497148)]
    public void Erfc_matches_tabulated_values(double x, double expected)
    {
        Assert.Equal(expected, NormalDistribution.Erfc(x), expected * 1e-12);
    }

    [Fact]
    public void Tail_probabilities_match_known_quantiles()
    {
        Assert.Equal(0.05, NormalDistribution.TwoSidedPValue(1.959963984540054), 1e-14);
        Assert.Equal(0.0013498980316300946, NormalDistribution.UpperTail(3), 1e-16);
        Assert.Equal(0.5, NormalDistribution.UpperTail(0), 1e-16);
    }
}
