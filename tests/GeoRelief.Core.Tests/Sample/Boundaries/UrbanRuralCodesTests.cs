using GeoRelief.Core.Sample.Boundaries;

namespace GeoRelief.Core.Tests.Sample.Boundaries;

public sealed class UrbanRuralCodesTests
{
    [Theory]
    [InlineData("152223100021", "音德尔镇", 121)]
    [InlineData("152223201001", "巴彦乌兰苏木", 210)]
    [InlineData("152223204001", "巴彦扎拉嘎乡", 210)]
    [InlineData("522628200201", "大同乡", 220)]
    [InlineData("152223404200", "种畜场", 220)]
    [InlineData("152223401001", "内蒙古自治区监狱管理局东部分局", 123)]
    [InlineData("152223100501", "音德尔镇", 123)]
    [InlineData("152223405598", "八一牧场", 123)]
    public void The_village_digits_and_the_kind_of_township_decide(string code, string township, int expected)
    {
        Assert.Equal(expected, UrbanRuralCodes.ForVillage(code, township));
    }

    [Theory]
    [InlineData("15222310002")]
    [InlineData("15222310002x")]
    public void Anything_but_a_12_digit_code_is_refused(string code)
    {
        Assert.Throws<ArgumentException>(() => UrbanRuralCodes.ForVillage(code, "音德尔镇"));
    }
}
