using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using GeoRelief.Core.Admin;
using GeoRelief.Data.Tests;
using GeoRelief.Data.Tiles;
using GeoRelief.Server.Apis.Styles;
using GeoRelief.Server.Tests.Tiles;
using Microsoft.Extensions.DependencyInjection;

namespace GeoRelief.Server.Tests.Styles;

public sealed class StylesApiTests(SampleServerFactory factory) : IClassFixture<SampleServerFactory>
{
    [NodeToolsFact]
    public async Task Every_theme_style_passes_the_MapLibre_style_validator_and_stands_on_GeoRelief_alone()
    {
        using var client = factory.CreateClient();
        foreach (var theme in ThemeLegendService.Themes)
        {
            var text = await client.GetStringAsync(new Uri($"/styles/{theme}.json?k=4", UriKind.Relative));
            var path = Path.Combine(Path.GetTempPath(), $"georelief-style-{theme}-{Guid.NewGuid():N}.json");
            await File.WriteAllTextAsync(path, text);
            try
            {
                var (exitCode, output) = await NodeTools.RunAsync("validate-style.mjs", path);
                Assert.True(exitCode == 0, $"{theme}: {output}");
            }
            finally
            {
                File.Delete(path);
            }

            var style = JsonNode.Parse(text)!;
            Assert.Equal(8, (int)style["version"]!);
            Assert.False(style.AsObject().ContainsKey("glyphs"));
            Assert.False(style.AsObject().ContainsKey("sprite"));
            Assert.Contains("admin", style["sources"]!.AsObject().Select(s => s.Key));
            Assert.All(style["sources"]!.AsObject(), s => Assert.StartsWith($"{client.BaseAddress}tiles/", (string)s.Value!["url"]!, StringComparison.Ordinal));
        }
    }

    [DatabaseFact]
    public async Task The_style_and_tile_indexes_list_every_theme_and_layer_with_working_links()
    {
        using var client = factory.CreateClient();
        var styles = await client.GetFromJsonAsync<JsonElement>(new Uri("/styles", UriKind.Relative));
        var tiles = await client.GetFromJsonAsync<JsonElement>(new Uri("/tiles", UriKind.Relative));

        var themes = styles.GetProperty("themes").EnumerateArray().ToList();
        Assert.Equal(ThemeLegendService.Themes, themes.Select(t => t.GetProperty("name").GetString()));
        foreach (var theme in themes)
        {
            Assert.False(string.IsNullOrEmpty(theme.GetProperty("titleZh").GetString()));
            Assert.Equal(8, (await client.GetFromJsonAsync<JsonElement>(new Uri(theme.GetProperty("style").GetString()!))).GetProperty("version").GetInt32());
            Assert.Equal(theme.GetProperty("name").GetString(), (await client.GetFromJsonAsync<JsonElement>(new Uri(theme.GetProperty("legend").GetString()!))).GetProperty("theme").GetString());
        }

        var layers = tiles.GetProperty("layers").EnumerateArray().ToList();
        Assert.Equal(TileLayerCatalog.All.Select(l => l.Name), layers.Select(l => l.GetProperty("name").GetString()));
        foreach (var layer in layers)
        {
            var tileJson = await client.GetFromJsonAsync<JsonElement>(new Uri(layer.GetProperty("tileJson").GetString()!));
            Assert.Equal(layer.GetProperty("tiles").GetString(), tileJson.GetProperty("tiles")[0].GetString());
        }
    }

    [NodeToolsFact]
    public async Task The_validator_rejects_a_broken_style_so_the_check_above_can_fail()
    {
        var path = Path.Combine(Path.GetTempPath(), $"georelief-bad-style-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(path, """{"version":8,"sources":{},"layers":[{"id":"x","type":"fill","source":"missing"}]}""");
        try
        {
            Assert.Equal(1, (await NodeTools.RunAsync("validate-style.mjs", path)).ExitCode);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [DatabaseFact]
    public async Task Poverty_legend_and_style_carry_the_breaks_the_tiles_bind()
    {
        using var client = factory.CreateClient();
        var legend = JsonNode.Parse(await client.GetStringAsync(new Uri("/legends/poverty-density.json?year=2016&method=quantile&k=4", UriKind.Relative)))!;
        var style = JsonNode.Parse(await client.GetStringAsync(new Uri("/styles/poverty-density.json?year=2016&method=quantile&k=4", UriKind.Relative)))!;

        var classifier = factory.Services.GetRequiredService<PovertyClassifier>();
        var version = (long)legend["dataVersion"]!;
        var parameters = new PovertyDensityParameters(2016, PovertyIndicator.Density, Core.Analytics.Classification.ClassificationMethod.Quantile, 4);
        var townships = await classifier.GetBreaksAsync(AdminLevel.Township, parameters, version, CancellationToken.None);
        var group = legend["groups"]!.AsArray().Single(g => (string)g!["name"]! == "townships")!;
        var classes = group["classes"]!.AsArray();
        Assert.Equal(townships.Breaks, classes.Select(c => (double)c!["upper"]!));
        Assert.Equal(33, classes.Sum(c => (long)c!["count"]!));
        Assert.Equal("2016", (string)legend["parameters"]!["year"]!);
        Assert.Equal("quantile", (string)legend["parameters"]!["method"]!);
        Assert.Contains("人/km²", (string)classes[0]!["labelZh"]!, StringComparison.Ordinal);
        Assert.Contains("persons/km²", (string)classes[0]!["labelEn"]!, StringComparison.Ordinal);

        var fill = style["layers"]!.AsArray().Single(l => (string)l!["id"]! == "poverty-density-townships")!["paint"]!["fill-color"]!.AsArray();
        Assert.Equal(classes.Select(c => (string)c!["colour"]!), fill.Skip(2).Where((_, i) => i % 2 == 1).Take(classes.Count).Select(n => (string)n!));
        Assert.Equal($"{client.BaseAddress}tiles/poverty-density.json?year=2016&method=quantile&k=4", (string)style["sources"]!["poverty-density"]!["url"]!);

        // Each township of a tile has the class whose bounds hold its density (rounded to 0.001 in the tile).
        var layer = Assert.Single(await TileClient.LayersAsync(client, "/tiles/poverty-density/8/205/108.mvt?year=2016&method=quantile&k=4"));
        Assert.All(layer.Features, f =>
        {
            var density = Convert.ToDouble(f.Attributes["density_per_km2"], System.Globalization.CultureInfo.InvariantCulture);
            var index = Convert.ToInt32(f.Attributes["class"], System.Globalization.CultureInfo.InvariantCulture);
            Assert.InRange(density, (double)classes[index]!["lower"]! - 1e-3, (double)classes[index]!["upper"]! + 1e-3);
        });
    }

    [DatabaseFact]
    public async Task Without_a_year_the_poverty_style_pins_the_latest_year_with_poor_people()
    {
        using var client = factory.CreateClient();
        var legend = JsonNode.Parse(await client.GetStringAsync(new Uri("/legends/poverty-density.json", UriKind.Relative)))!;
        var style = JsonNode.Parse(await client.GetStringAsync(new Uri("/styles/poverty-density.json", UriKind.Relative)))!;

        var year = (string)legend["parameters"]!["year"]!;
        Assert.EndsWith($"?year={year}", (string)style["sources"]!["poverty-density"]!["url"]!, StringComparison.Ordinal);
        var townships = legend["groups"]![0]!["classes"]!.AsArray();
        Assert.True(townships.Count > 1, $"the default year {year} should show more than one class");
    }

    [DatabaseFact]
    public async Task Every_theme_has_a_legend_with_counts_and_labels_in_both_languages()
    {
        using var client = factory.CreateClient();
        foreach (var theme in ThemeLegendService.Themes)
        {
            var legend = await client.GetFromJsonAsync<JsonObject>(new Uri($"/legends/{theme}.json", UriKind.Relative));
            Assert.Equal(theme, (string)legend!["theme"]!);
            Assert.True((long)legend["dataVersion"]! > 0);
            var classes = legend["groups"]!.AsArray().SelectMany(g => g!["classes"]!.AsArray()).ToList();
            Assert.NotEmpty(classes);
            Assert.All(classes, c =>
            {
                Assert.Matches("^#[0-9a-f]{6}$", (string)c!["colour"]!);
                Assert.False(string.IsNullOrEmpty((string)c["labelZh"]!));
                Assert.False(string.IsNullOrEmpty((string)c["labelEn"]!));
            });
            Assert.True(classes.Sum(c => (long)c!["count"]!) > 0, theme);
        }

        var admin = await client.GetFromJsonAsync<JsonObject>(new Uri("/legends/admin.json", UriKind.Relative));
        Assert.Equal([2L, 33L, 355L], admin!["groups"]![0]!["classes"]!.AsArray().Select(c => (long)c!["count"]!));
    }

    [DatabaseFact]
    public async Task Unknown_themes_and_bad_parameters_are_problems_naming_what_to_do()
    {
        using var client = factory.CreateClient();
        using var unknown = await client.GetAsync(new Uri("/styles/basemap.json", UriKind.Relative));
        using var badYear = await client.GetAsync(new Uri("/legends/poverty-density.json?year=1990", UriKind.Relative));
        using var badMethod = await client.GetAsync(new Uri("/styles/poverty-density.json?method=natural", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("poverty-density", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, badYear.StatusCode);
        Assert.Equal("year", JsonDocument.Parse(await badYear.Content.ReadAsStringAsync()).RootElement.GetProperty("parameter").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, badMethod.StatusCode);
        Assert.Equal("application/problem+json", badMethod.Content.Headers.ContentType?.MediaType);
    }
}
