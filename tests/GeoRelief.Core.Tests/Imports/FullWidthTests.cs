using GeoRelief.Core.Imports;

namespace GeoRelief.Core.Tests.Imports;

public sealed class FullWidthTests
{
    [Theory]
    [InlineData("１２３", "123")]
    [InlineData("１２３，４５６．５", "123,456.5")]
    [InlineData("２０１９－０３－０１", "2019-03-01")]
    [InlineData("４５％", "45%")]
    [InlineData("109.12\u3000", "109.12 ")]
    [InlineData("123", "123")]
    public void Full_width_forms_become_the_plain_characters(string text, string expected) =>
        Assert.Equal(expected, FullWidth.ToHalfWidth(text));

    [Fact]
    public void A_text_without_them_is_returned_as_it_is()
    {
        var text = "坪朗组 12";
        Assert.Same(text, FullWidth.ToHalfWidth(text));
    }
}
