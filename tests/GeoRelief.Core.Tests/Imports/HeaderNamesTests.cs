using GeoRelief.Core.Imports;

namespace GeoRelief.Core.Tests.Imports;

public sealed class HeaderNamesTests
{
    [Theory]
    [InlineData("户数（户）", "户数")]
    [InlineData("计划人数 (人)", "计划人数")]
    [InlineData("工程进度（%）", "工程进度")]
    [InlineData("经度(°)", "经度")]
    [InlineData("投资（万元）", "投资")]
    public void A_unit_that_cannot_change_the_number_comes_off(string header, string expected) =>
        Assert.Equal(HeaderNames.Normalize(expected), HeaderNames.WithoutUnit(HeaderNames.Normalize(header)));

    [Theory]
    [InlineData("投资（元）")]
    [InlineData("长度(km)")]
    [InlineData("面积（亩）")]
    [InlineData("户数")]
    [InlineData("(户)")]
    public void Any_other_unit_stays_and_a_header_without_one_has_nothing_to_take_off(string header) =>
        Assert.Null(HeaderNames.WithoutUnit(HeaderNames.Normalize(header)));
}
