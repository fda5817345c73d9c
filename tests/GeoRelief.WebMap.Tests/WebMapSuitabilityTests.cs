using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace GeoRelief.WebMap.Tests;

/// <summary>The suitability theme: a planner evaluates 锦屏县 on a grid and reads the surface, its legend and its cells.</summary>
public sealed class WebMapSuitabilityTests(WebMapFixture fixture, ITestOutputHelper output) : IClassFixture<WebMapFixture>
{
    private const string Jinping = "522628";

    private static readonly string[] ClassNames = ["excluded", "unsuitable", "marginal", "suitable", "highly_suitable"];

    [BrowserFact]
    public async Task Evaluating_Jinping_draws_the_surface_by_class_with_its_legend_popups_and_GeoTIFF()
    {
        var page = await fixture.OpenAsync("/");
        await page.GetByLabel("专题", new() { Exact = true }).SelectOptionAsync("suitability");
        await WebMapFixture.SettleAsync(page);
        await Expect(page.GetByTestId("legend")).ToContainTextAsync("尚未评价");
        Assert.Equal(0, await page.EvaluateAsync<int>("() => window.__georelief.map.getLayer('suitability-fill') ? 1 : 0"));

        await page.GetByTestId("unit-panel").GetByRole(AriaRole.Button, new() { Name = "锦屏县" }).ClickAsync();
        await WebMapFixture.SettleAsync(page);
        await Expect(page.Locator("#suitability-area")).ToHaveTextAsync("评价范围：锦屏县");

        var evaluate = page.GetByRole(AriaRole.Button, new() { Name = "评价适宜性" });
        await evaluate.ClickAsync();
        // Busy while the server evaluates the county (seconds): the button says so and cannot be pressed twice.
        await Expect(page.Locator("#evaluate")).ToHaveAttributeAsync("aria-busy", "true");
        await Expect(page.Locator("#evaluate")).ToBeDisabledAsync();
        await WebMapFixture.SettleAsync(page);
        await Expect(page.Locator("#evaluate")).ToHaveAttributeAsync("aria-busy", "false");
        await Expect(page.GetByTestId("suitability-status")).ToHaveAttributeAsync("data-state", "done");

        var run = await page.EvaluateAsync<string>("() => window.__georelief.state.run");
        Assert.Matches("^[0-9]+$", run);
        Assert.Contains($"run={run}", await page.EvaluateAsync<string>("() => location.hash"), StringComparison.Ordinal);
        var stored = await fixture.GetJsonAsync($"api/v1/siting/runs/{run}");
        Assert.Equal(Jinping, stored.GetProperty("area").GetString());
        using var summary = JsonDocument.Parse(stored.GetProperty("summaryJson").GetString()!);
        var perClass = ClassNames.ToDictionary(c => c, c => summary.RootElement.GetProperty("perClass").GetProperty(c).GetInt32(), StringComparer.Ordinal);
        output.WriteLine(await WebMapFixture.ScreenshotAsync(page, "suitability-jinping"));

        // The surface is drawn, by the run's classes: every class drawn has cells in the run, and more than one is drawn.
        var drawn = await page.EvaluateAsync<string[]>(
            "() => [...new Set(window.__georelief.map.queryRenderedFeatures({ layers: ['suitability-fill'] }).map((f) => f.properties.class))]");
        Assert.NotEmpty(drawn);
        Assert.All(drawn, c => Assert.True(perClass.TryGetValue(c, out var cells) && cells > 0, $"class '{c}' drawn but the run has no such cells"));
        Assert.True(drawn.Length > 1, "the whole county drawn in one class: " + string.Join(", ", drawn));

        // The legend: the five classes in order, with the run's cell counts, each swatch the colour the fill uses.
        var rows = page.GetByTestId("legend").Locator("li");
        await Expect(rows).ToHaveCountAsync(5);
        string[] chinese = ["排除", "不适宜", "较适宜", "适宜", "高度适宜"];
        var zh = CultureInfo.GetCultureInfo("zh-CN");
        var fillColors = await page.EvaluateAsync<Dictionary<string, string>>(
            """
            () => {
              const expression = window.__georelief.map.getPaintProperty('suitability-fill', 'fill-color');
              const colors = {};
              for (let i = 2; i + 1 < expression.length; i += 2) colors[expression[i]] = expression[i + 1];
              return colors;
            }
            """);
        for (var i = 0; i < ClassNames.Length; i++)
        {
            var row = rows.Nth(i);
            await Expect(row).ToHaveAttributeAsync("data-key", ClassNames[i]);
            await Expect(row).ToContainTextAsync(chinese[i]);
            await Expect(row).ToContainTextAsync($"({perClass[ClassNames[i]].ToString("N0", zh)})");
            var swatch = await row.Locator(".swatch").EvaluateAsync<string>("(e) => e.style.getPropertyValue('--swatch').trim()");
            Assert.Equal(fillColors[ClassNames[i]], swatch);
        }

        Assert.Equal(ClassNames.Length, fillColors.Values.Distinct(StringComparer.OrdinalIgnoreCase).Count());

        // A click on an excluded cell names the constraint it fails; on a scored cell, its score and what holds it back.
        var cells = await page.EvaluateAsync<JsonElement>(
            """
            () => {
              const map = window.__georelief.map;
              const canvas = map.getCanvas();
              const found = {};
              for (let y = 20; y < canvas.clientHeight - 20; y += 9) {
                for (let x = 20; x < canvas.clientWidth - 20; x += 9) {
                  const hit = map.queryRenderedFeatures([x, y], { layers: ['suitability-fill'] })[0];
                  if (!hit) continue;
                  const p = hit.properties;
                  const kind = p.class === 'excluded' ? 'excluded' : (p.main_obstacle ? 'scored' : null);
                  if (kind && !found[kind]) found[kind] = { x, y, cls: p.class, failed: p.failed ?? '', obstacle: p.main_obstacle ?? '', score: Number(p.suitability) };
                }
              }
              return found;
            }
            """);
        var box = (await page.Locator("#map canvas").BoundingBoxAsync())!;
        var dictionary = await page.EvaluateAsync<Dictionary<string, string>>("() => window.__georelief.dictionaries.zh");
        Assert.True(cells.TryGetProperty("excluded", out var excluded), "no excluded cell found on the map");
        await page.Mouse.ClickAsync(box.X + excluded.GetProperty("x").GetSingle(), box.Y + excluded.GetProperty("y").GetSingle());
        var popup = page.Locator(".maplibregl-popup");
        await Expect(popup).ToContainTextAsync("排除");
        var failed = excluded.GetProperty("failed").GetString()!.Split(',', StringSplitOptions.RemoveEmptyEntries);
        Assert.NotEmpty(failed);
        await Expect(popup).ToContainTextAsync("未满足的约束");
        await Expect(popup).ToContainTextAsync(dictionary[$"constraint.{failed[0]}"]);
        output.WriteLine(await WebMapFixture.ScreenshotAsync(page, "suitability-popup-excluded"));
        await popup.Locator(".maplibregl-popup-close-button").ClickAsync();

        Assert.True(cells.TryGetProperty("scored", out var scored), "no scored cell with a main obstacle found on the map");
        await page.Mouse.ClickAsync(box.X + scored.GetProperty("x").GetSingle(), box.Y + scored.GetProperty("y").GetSingle());
        await Expect(popup).ToContainTextAsync(dictionary[$"suitability.{scored.GetProperty("cls").GetString()}"]);
        await Expect(popup).ToContainTextAsync(dictionary[$"factor.{scored.GetProperty("obstacle").GetString()}"]);
        await Expect(popup).ToContainTextAsync("适宜性得分：" + scored.GetProperty("score").GetDouble().ToString("N1", zh));

        // The GeoTIFF of the run downloads from the control.
        var link = page.GetByTestId("suitability-download");
        await Expect(link).ToHaveAttributeAsync("href", $"/api/v1/siting/runs/{run}.tif");
        var download = await page.RunAndWaitForDownloadAsync(() => link.ClickAsync());
        Assert.Equal($"suitability-{run}.tif", download.SuggestedFilename);
        var bytes = await File.ReadAllBytesAsync((await download.PathAsync())!);
        Assert.True(bytes.Length > 1000, $"a GeoTIFF of {bytes.Length} bytes");
        Assert.True((bytes[0] == 'I' && bytes[1] == 'I' && bytes[2] == 42) || (bytes[0] == 'M' && bytes[1] == 'M' && bytes[3] == 42), "not a TIFF header");

        // In English the legend names the same classes.
        await page.GetByRole(AriaRole.Button, new() { Name = "切换到英文" }).ClickAsync();
        await WebMapFixture.SettleAsync(page);
        await Expect(rows.Nth(0)).ToContainTextAsync("Excluded");
        await Expect(rows.Nth(4)).ToContainTextAsync("Highly suitable");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Evaluate suitability" })).ToBeEnabledAsync();

        // The link reopens the same run without evaluating again.
        var again = await fixture.OpenAsync(new Uri(page.Url).PathAndQuery + new Uri(page.Url).Fragment);
        await Expect(again.GetByTestId("legend").Locator("li").Nth(4)).ToContainTextAsync($"({perClass["highly_suitable"].ToString("N0", CultureInfo.GetCultureInfo("en-GB"))})");
        Assert.True(await again.EvaluateAsync<int>("() => window.__georelief.map.queryRenderedFeatures({ layers: ['suitability-fill'] }).length") > 0);
    }

    [BrowserFact]
    public async Task An_evaluation_the_server_refuses_and_a_run_it_does_not_have_are_shown_in_its_words()
    {
        // On a tablet held upright: the control fits without sideways scrolling, and each of its inputs has a name.
        var page = await fixture.OpenAsync($"/#unit={Jinping}&theme=suitability", 768, 1024);
        Assert.False(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth"), "the page scrolls sideways at 768×1024");
        var unnamed = await page.EvaluateAsync<string[]>(
            """
            () => [...document.querySelectorAll('#suitability-controls button, #suitability-controls input')]
              .filter((e) => !(e.labels?.length || e.getAttribute('aria-label') || e.textContent.trim()))
              .map((e) => e.id)
            """);
        Assert.Empty(unnamed);
        await Expect(page.Locator("#suitability-area")).ToHaveTextAsync("评价范围：锦屏县");

        await page.GetByLabel("格网边长（米）").FillAsync("5");
        await page.GetByRole(AriaRole.Button, new() { Name = "评价适宜性" }).ClickAsync();
        await WebMapFixture.SettleAsync(page);

        var status = page.GetByTestId("suitability-status");
        await Expect(status).ToHaveAttributeAsync("data-state", "error");
        using (var refused = await fixture.Api.PostAsJsonAsync(new Uri("api/v1/siting/evaluate", UriKind.Relative), new { areaCode = Jinping, cellSizeMetres = 5 }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            await AssertShowsProblemAsync(status, refused);
        }

        Assert.Equal(string.Empty, await page.EvaluateAsync<string>("() => window.__georelief.state.run"));
        await Expect(page.Locator("#evaluate")).ToBeEnabledAsync();
        await Expect(page.GetByTestId("suitability-download")).ToBeHiddenAsync();
        output.WriteLine(await WebMapFixture.ScreenshotAsync(page, "suitability-refused"));

        // A link to a run the server does not have: the legend says so with the server's message, and nothing is drawn.
        const string missing = "987654321";
        var gone = await fixture.OpenAsync($"/#unit={Jinping}&theme=suitability&run={missing}");
        using (var notFound = await fixture.Api.GetAsync(new Uri($"api/v1/siting/runs/{missing}", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.NotFound, notFound.StatusCode);
            await AssertShowsProblemAsync(gone.GetByTestId("legend"), notFound);
        }

        Assert.Equal(0, await gone.EvaluateAsync<int>("() => window.__georelief.map.getLayer('suitability-fill') ? 1 : 0"));
        await Expect(gone.GetByTestId("suitability-download")).ToBeHiddenAsync();
    }

    private static async Task AssertShowsProblemAsync(ILocator shown, HttpResponseMessage response)
    {
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        await Expect(shown).ToContainTextAsync(problem.RootElement.GetProperty("title").GetString()!);
        await Expect(shown).ToContainTextAsync(problem.RootElement.GetProperty("detail").GetString()!);
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
