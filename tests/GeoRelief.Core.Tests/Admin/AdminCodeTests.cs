using GeoRelief.Core.Admin;

namespace GeoRelief.Core.Tests.Admin;

public sealed class AdminCodeTests
{
    [Theory]
    [InlineData("52", AdminLevel.Province)]
    [InlineData("5226", AdminLevel.Prefecture)]
    [InlineData("522628", AdminLevel.County)]
    [InlineData("522628100", AdminLevel.Township)]
    [InlineData("522628100201", AdminLevel.Village)]
    [InlineData(" 152223 ", AdminLevel.County)]
    public void Level_follows_from_the_number_of_digits(string text, AdminLevel expected)
    {
        Assert.True(AdminCode.TryParse(text, out var code, out var problem));
        Assert.Null(problem);
        Assert.Equal(expected, code.Level);
        Assert.Equal(text.Trim(), code.Value);
    }

    [Theory]
    [InlineData("", "is empty")]
    [InlineData("52262", "has 5 digits")]
    [InlineData("5226281001", "has 10 digits")]
    [InlineData("52262x", "digits only")]
    [InlineData("522628%", "digits only")]
    [InlineData("５２", "digits only")]
    public void Malformed_codes_are_refused_with_a_reason(string text, string reason)
    {
        Assert.False(AdminCode.TryParse(text, out _, out var problem));
        Assert.Contains(reason, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_county_contains_its_townships_and_villages_but_not_its_neighbour()
    {
        var county = Code("522628");
        var township = Code("522628100");
        var village = Code("522628100201");
        var neighbour = Code("522629100");

        Assert.True(county.Contains(township));
        Assert.True(county.Contains(village));
        Assert.True(township.Contains(village));
        Assert.False(township.Contains(county));
        Assert.False(county.Contains(neighbour));
    }

    private static AdminCode Code(string text)
    {
        Assert.True(AdminCode.TryParse(text, out var code, out _));
        return code;
    }
}
