using GeoRelief.Core.Admin;

namespace GeoRelief.Core.Tests.Admin;

public sealed class AdminLevelsTests
{
    [Theory]
    [InlineData("township", AdminLevel.Township)]
    [InlineData("Township", AdminLevel.Township)]
    [InlineData("4", AdminLevel.Township)]
    [InlineData("village", AdminLevel.Village)]
    [InlineData("1", AdminLevel.Province)]
    public void Levels_are_read_by_name_or_number(string text, AdminLevel expected)
    {
        Assert.True(AdminLevels.TryParse(text, out var level));
        Assert.Equal(expected, level);
    }

    [Theory]
    [InlineData("")]
    [InlineData("0")]
    [InlineData("6")]
    [InlineData("town")]
    [InlineData("-1")]
    public void Other_text_is_not_a_level(string text) => Assert.False(AdminLevels.TryParse(text, out _));

    [Fact]
    public void Code_lengths_are_those_of_the_NBS_code() =>
        Assert.Equal([2, 4, 6, 9, 12], Enum.GetValues<AdminLevel>().Select(l => l.CodeLength()));
}
