using GeoRelief.Core.Analytics.Classification;

namespace GeoRelief.Core.Tests.Analytics.Classification;

public sealed class ColorRampsTests
{
    [Fact]
    public void Tabulated_counts_return_colorbrewer_lists()
    {
        Assert.Equal(["#ffffb2", "#fecc5c", "#fd8d3c", "#f03b20", "#bd0026"], ColorRamps.Get("YlOrRd", 5));
        Assert.Equal(["#ef8a62", "#f7f7f7", "#67a9cf"], ColorRamps.Get("RdBu", 3));
        Assert.Equal("#3f007d", ColorRamps.Get("Purples", 9)[^1]);
        Assert.Equal("#00441b", ColorRamps.Get("Greens", 9)[^1]);
    }

    [Theory]
    [InlineData("YlOrRd")]
    [InlineData("Blues")]
    [InlineData("Greens")]
    [InlineData("Purples")]
    [InlineData("RdBu")]
    public void Every_ramp_has_k_distinct_hex_colours_for_k_1_to_12(string name)
    {
        for (var k = 1; k <= 12; k++)
        {
            var colors = ColorRamps.Get(name, k);

            Assert.Equal(k, colors.Count);
            Assert.All(colors, c => Assert.Matches("^#[0-9a-f]{6}$", c));
            Assert.Equal(k, colors.Distinct().Count());
        }
    }

    [Fact]
    public void Other_counts_interpolate_along_the_nine_class_list()
    {
        var ten = ColorRamps.Get("YlOrRd", 10);
        var two = ColorRamps.Get("RdBu", 2);

        Assert.Equal("#ffffcc", ten[0]);
        Assert.Equal("#800026", ten[^1]);
        Assert.Equal(["#b2182b", "#2166ac"], two);
        // One class takes the middle of the 9-class list exactly.
        Assert.Equal(["#fd8d3c"], ColorRamps.Get("YlOrRd", 1));
        // 17 classes: the second sits at t = 1/16, half-way between the first two anchors #ffffcc and #ffeda0.
        Assert.Equal("#fff6b6", ColorRamps.Get("YlOrRd", 17)[1]);
    }

    [Fact]
    public void Unknown_ramp_and_zero_count_are_refused()
    {
        Assert.Throws<ArgumentException>(() => ColorRamps.Get("Viridis", 5));
        Assert.Throws<ArgumentOutOfRangeException>(() => ColorRamps.Get("Blues", 0));
    }
}
