using GeoRelief.Core.Sample;
using GeoRelief.Core.Sample.Features;

namespace GeoRelief.Core.Tests.Sample.Features;

public sealed class SampleDivisionsCsvTests
{
    [Fact]
    public void Parses_codes_levels_parents_and_names()
    {
        var divisions = SampleDivisionsCsv.Parse("code,level,parent_code,name\n52,1,,贵州省\n5226,2,52,黔东南苗族侗族自治州\n");
        Assert.Equal([new Division("52", 1, null, "贵州省"), new Division("5226", 2, "52", "黔东南苗族侗族自治州")], divisions);
    }

    [Fact]
    public void The_official_file_has_the_two_counties_with_15_and_18_townships()
    {
        var divisions = SampleFixture.Divisions;
        Assert.Equal(15, divisions.Count(d => d.ParentCode == "522628"));
        Assert.Equal(18, divisions.Count(d => d.ParentCode == "152223"));
        Assert.Equal(355, divisions.Count(d => d.Level == 5));
    }

    [Fact]
    public void A_malformed_line_is_reported_with_its_number()
    {
        var error = Assert.Throws<FormatException>(() => SampleDivisionsCsv.Parse("code,level,parent_code,name\n52,1,,贵州省\n5226,two,52,x\n"));
        Assert.Contains("line 3", error.Message, StringComparison.Ordinal);
    }
}
