using System.Text.Json.Nodes;
using GeoRelief.Core.Styles;

namespace GeoRelief.Core.Tests.Styles;

public sealed class MapStyleBuilderTests
{
    private static readonly string[] Colours = ["#ffffb2", "#fd8d3c", "#bd0026"];

    [Fact]
    public void Classes_count_values_closed_on_the_upper_bound_and_label_in_both_languages()
    {
        var classes = LegendClasses.Classed([1, 12.5, 12.6, 30, 31], [12.5, 30, 40], Colours, LegendUnit.PersonsPerKm2);

        Assert.Equal([2L, 2L, 1L], classes.Select(c => c.Count));
        Assert.Equal(1, classes[0].Lower);
        Assert.Equal("12.5 – 30.0 人/km²", classes[1].LabelZh);
        Assert.Equal("12.5 – 30.0 persons/km²", classes[1].LabelEn);
        Assert.Equal(Colours, classes.Select(c => c.Colour));
    }

    [Fact]
    public void The_style_colours_by_the_legend_and_uses_only_the_given_server()
    {
        var classes = LegendClasses.Classed([10, 60, 90], [50, 80, 100], Colours, LegendUnit.Percent, lowerBound: 0);
        var group = new LegendGroup("townships", "乡镇", "Townships", "road-coverage", "township", 0, 11, LegendSymbol.Fill, LegendClassing.UpperBounds, "coverage_pct", classes);
        var legend = new ThemeLegend("road-coverage", "覆盖", "Coverage", new Dictionary<string, string>(), 7, [group]);

        var style = MapStyleBuilder.Build(legend, new MapStyleParameters("http://example.test:8080", "?k=5", 109, 26, 8));

        Assert.Equal(8, (int)style["version"]!);
        Assert.Equal(["admin", "road-coverage"], style["sources"]!.AsObject().Select(s => s.Key));
        Assert.Equal("http://example.test:8080/tiles/road-coverage.json?k=5", (string)style["sources"]!["road-coverage"]!["url"]!);
        Assert.Equal("http://example.test:8080/tiles/admin.json", (string)style["sources"]!["admin"]!["url"]!);
        Assert.False(style.ContainsKey("glyphs"));
        Assert.False(style.ContainsKey("sprite"));
        var layer = style["layers"]!.AsArray().Single(l => (string)l!["id"]! == "road-coverage-townships")!;
        Assert.Equal(11, (int)layer["maxzoom"]!);
        var expected = JsonNode.Parse("""
            ["case", ["!", ["has", "coverage_pct"]], "#d9d9d9",
             ["<=", ["to-number", ["get", "coverage_pct"]], 50], "#ffffb2",
             ["<=", ["to-number", ["get", "coverage_pct"]], 80], "#fd8d3c",
             "#bd0026"]
            """);
        Assert.True(JsonNode.DeepEquals(expected, layer["paint"]!["fill-color"]));
    }

    [Fact]
    public void Class_index_groups_match_the_class_attribute()
    {
        var classes = LegendClasses.Classed([1, 2], [1, 2], Colours[..2], LegendUnit.Percent);
        var group = new LegendGroup("g", "g", "g", "poverty-density", null, 0, null, LegendSymbol.Fill, LegendClassing.ClassIndex, "class", classes);

        var expression = MapStyleBuilder.ColourExpression(group);

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""["match", ["get", "class"], 0, "#ffffb2", 1, "#fd8d3c", "#d9d9d9"]"""), expression));
    }
}
