using GeoRelief.Core.Sample.Features.Internal;

namespace GeoRelief.Core.Tests.Sample.Features.Internal;

public sealed class ApportionmentTests
{
    [Fact]
    public void Largest_remainders_make_the_total_exact()
    {
        // 10 × (1/6, 2/6, 3/6) = 1.67, 3.33, 5: floors 1, 3, 5 and the one left goes to the largest remainder.
        Assert.Equal([2, 3, 5], Apportionment.Distribute(10, [1, 2, 3]));
    }

    [Fact]
    public void Caps_are_honoured_and_the_rest_goes_to_the_others()
    {
        Assert.Equal([2, 4, 4], Apportionment.Distribute(10, [8, 1, 1], [2, 100, 100]));
    }

    [Fact]
    public void A_total_above_the_caps_is_refused()
    {
        Assert.Throws<InvalidOperationException>(() => Apportionment.Distribute(10, [1, 1], [3, 3]));
    }
}
