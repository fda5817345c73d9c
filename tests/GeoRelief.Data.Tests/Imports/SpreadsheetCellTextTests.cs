using GeoRelief.Data.Imports.Internal;

namespace GeoRelief.Data.Tests.Imports;

public sealed class SpreadsheetCellTextTests
{
    [Theory]
    [InlineData(0.855, "0.0%", "85.5%")]
    [InlineData(1.0, "0%", "100%")]
    [InlineData(0.07, "#,##0.00%;[Red]-#,##0.00%", "7%")]
    [InlineData(0.85, "0.00\"%\"", "0.85")]
    [InlineData(0.85, "0.00\\%", "0.85")]
    [InlineData(0.85, "General", "0.85")]
    [InlineData(739.0, "General", "739")]
    [InlineData(109.1239254, "0.000000", "109.1239254")]
    [InlineData(36512345.678, "General", "36512345.678")]
    public void A_number_is_the_text_its_format_shows(double value, string format, string expected) =>
        Assert.Equal(expected, SpreadsheetCellText.Of(value, format));

    [Fact]
    public void A_whole_number_loses_a_formulas_binary_noise_and_any_other_number_keeps_every_digit()
    {
        Assert.Equal("435", SpreadsheetCellText.Of(4.35 * 100, "General"));
        Assert.Equal("123.34253969556514", SpreadsheetCellText.Of(123.34253969556514, "General"));
        Assert.Equal("30%", SpreadsheetCellText.Of(0.1 + 0.2, "0%"));
    }

    [Fact]
    public void A_date_is_year_month_day_and_a_time_of_day_is_kept_when_there_is_one()
    {
        Assert.Equal("2018-03-01", SpreadsheetCellText.Of(new DateTime(2018, 3, 1), "yyyy\"年\"m\"月\"d\"日\""));
        Assert.Equal("2018-03-01 08:30:00", SpreadsheetCellText.Of(new DateTime(2018, 3, 1, 8, 30, 0), "m/d/yy h:mm"));
    }

    [Fact]
    public void Empty_cells_text_and_booleans()
    {
        Assert.Equal(string.Empty, SpreadsheetCellText.Of(null, null));
        Assert.Equal("48%", SpreadsheetCellText.Of("48%", "@"));
        Assert.Equal("true", SpreadsheetCellText.Of(true, "General"));
    }
}
