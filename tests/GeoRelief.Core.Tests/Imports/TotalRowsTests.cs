using GeoRelief.Core.Imports;

namespace GeoRelief.Core.Tests.Imports;

public sealed class TotalRowsTests
{
    [Theory]
    [InlineData("合计")]
    [InlineData("合  计")]
    [InlineData("全县合计")]
    [InlineData("三江镇小计")]
    [InlineData("总计（15个乡镇）")]
    [InlineData("Total")]
    [InlineData("Sub-total:")]
    public void A_total_or_subtotal_label_is_a_total_row(string cell) => Assert.True(TotalRows.IsTotal(cell));

    [Theory]
    [InlineData("522628100201-01")]
    [InlineData("坪朗组")]
    [InlineData("合计村易地扶贫搬迁安置点二期工程")]
    [InlineData("totally")]
    [InlineData("")]
    public void A_key_or_a_name_is_not(string cell) => Assert.False(TotalRows.IsTotal(cell));
}
