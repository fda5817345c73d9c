using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using GeoRelief.Data.Tests;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace GeoRelief.WebMap.Tests;

/// <summary>The page in chromium against the real server and the sample: what a planner sees and does.</summary>
public sealed class WebMapPageTests(WebMapFixture fixture, ITestOutputHelper output) : IClassFixture<WebMapFixture>
{
    private const string Jinping = "522628";

    [BrowserFact]
    public async Task Page_draws_and_classes_the_15_townships_of_Jinping_with_its_legend_and_the_sample_notice()
    {
        var page = await fixture.OpenAsync("/#year=2018");
        await Expect(page.GetByTestId("sample-notice")).ToContainTextAsync("合成几何");

        await page.GetByTestId("unit-panel").GetByRole(AriaRole.Button, new() { Name = "锦屏县" }).ClickAsync();
        await WebMapFixture.SettleAsync(page);
        output.WriteLine(await WebMapFixture.ScreenshotAsync(page, "jinping-poverty-1366x768"));

        var townships = await fixture.GetJsonAsync($"api/v1/admin-units?level=township&within={Jinping}");
        var expected = townships.EnumerateArray().Select(u => u.GetProperty("code").GetString()!).Order(StringComparer.Ordinal).ToList();
        var drawn = await DrawnClassesAsync(page);
        Assert.Equal(15, expected.Count);
        Assert.Equal(expected, drawn.Keys.Where(c => c.StartsWith(Jinping, StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        Assert.All(expected, code => Assert.InRange(drawn[code], 0, 4));
        Assert.True(drawn.Values.Distinct().Count() > 1, "every township drawn in the same class");
        Assert.Contains("522628", await page.EvaluateAsync<string>("() => location.hash"), StringComparison.Ordinal);

        // The classes drawn are the analytics API's classes under the same breaks (when this build has that API).
        var classify = await fixture.TryGetJsonAsync("api/v1/analytics/classify?indicator=density&level=township&method=jenks&k=5&year=2018");
        if (classify is { } result)
        {
            foreach (var unit in result.GetProperty("result").GetProperty("units").EnumerateArray())
            {
                var code = unit.GetProperty("code").GetString()!;
                if (drawn.TryGetValue(code, out var drawnClass))
                {
                    Assert.Equal(unit.GetProperty("class").GetInt32(), drawnClass);
                }
            }

            // Five classes of townships and five of villages, with their bounds.
            Assert.True(await page.GetByTestId("legend").Locator("li").CountAsync() >= 5 + 5);
        }
    }

    [BrowserFact]
    public async Task Clicking_a_township_selects_it_and_the_panel_shows_its_figures_from_the_API()
    {
        var page = await fixture.OpenAsync($"/#unit={Jinping}");
        var code = "522628101";
        var unit = await fixture.GetJsonAsync($"api/v1/admin-units/{code}");

        var point = await page.EvaluateAsync<JsonElement>(
            """
            (code) => {
              const map = window.__georelief.map;
              const canvas = map.getCanvas();
              for (let y = 10; y < canvas.clientHeight; y += 6) {
                for (let x = 10; x < canvas.clientWidth; x += 6) {
                  const hit = map.queryRenderedFeatures([x, y], { layers: ['admin-land'] });
                  if (hit.length && hit[0].properties.code === code) return { x, y };
                }
              }
              return null;
            }
            """, code);
        Assert.Equal(JsonValueKind.Object, point.ValueKind);
        var box = (await page.Locator("#map canvas").BoundingBoxAsync())!;
        await page.Mouse.ClickAsync(box.X + point.GetProperty("x").GetSingle(), box.Y + point.GetProperty("y").GetSingle());
        await page.WaitForFunctionAsync("(code) => document.querySelector('#unit-panel').dataset.unit === code", code);
        await WebMapFixture.SettleAsync(page);
        output.WriteLine(await WebMapFixture.ScreenshotAsync(page, "township-panel"));

        await Expect(page.GetByTestId("unit-name")).ToHaveTextAsync(unit.GetProperty("name").GetString()!);
        await Expect(page.Locator(".breadcrumbs")).ToContainTextAsync("锦屏县");
        Assert.Contains($"unit={code}", await page.EvaluateAsync<string>("() => location.hash"), StringComparison.Ordinal);
        // The map was fitted to the township: its bbox holds the view's centre.
        var bbox = unit.GetProperty("bbox").EnumerateArray().Select(v => v.GetDouble()).ToArray();
        var centre = await page.EvaluateAsync<double[]>("() => window.__georelief.map.getCenter().toArray()");
        Assert.InRange(centre[0], bbox[0], bbox[2]);
        Assert.InRange(centre[1], bbox[1], bbox[3]);

        var shownYear = await page.EvaluateAsync<string>("() => window.__georelief.state.year");
        var poverty = await fixture.TryGetJsonAsync($"api/v1/analytics/poverty?within={code}&level=township&year={shownYear}");
        if (poverty is { } report)
        {
            var figures = report.GetProperty("result").GetProperty("units")[0];
            var density = figures.GetProperty("densityPerKm2").GetDouble().ToString("N2", CultureInfo.GetCultureInfo("zh-CN"));
            await Expect(page.Locator("[data-figure=densityPerKm2] .value")).ToContainTextAsync(density);
            var incidence = figures.GetProperty("incidencePct").GetDouble().ToString("N2", CultureInfo.GetCultureInfo("zh-CN"));
            await Expect(page.Locator("[data-figure=incidencePct] .value")).ToContainTextAsync(incidence);
            var series = await fixture.GetJsonAsync($"api/v1/analytics/poverty/series?code={code}");
            var years = series.GetProperty("result").GetProperty("years").EnumerateArray().Select(y => y.GetProperty("year").GetInt32().ToString(CultureInfo.InvariantCulture));
            foreach (var year in years)
            {
                await Expect(page.GetByTestId("trend")).ToContainTextAsync(year);
            }

            await Expect(page.Locator("#trend-chart")).ToBeVisibleAsync();
            var villages = await fixture.GetJsonAsync($"api/v1/admin-units?level=village&within={code}");
            await Expect(page.GetByTestId("children").Locator("tbody tr")).ToHaveCountAsync(villages.GetArrayLength());
        }
        else
        {
            // Without the analytics API the panel says so, with the server's message, instead of showing numbers.
            await Expect(page.Locator("[data-figure=incidencePct]")).ToContainTextAsync("—");
        }
    }

    [BrowserFact]
    public async Task A_row_of_the_unconnected_villages_list_flies_the_map_to_the_village()
    {
        var page = await fixture.OpenAsync($"/#unit={Jinping}");
        await page.GetByRole(AriaRole.Tab, new() { Name = "清单" }).ClickAsync();
        await WebMapFixture.SettleAsync(page);

        var report = await fixture.TryGetJsonAsync($"api/v1/analytics/road-coverage?within={Jinping}&minHouseholds=30&travelTime=false");
        if (report is not { } coverage)
        {
            await Expect(page.Locator("#lists-panel .list-body")).ToContainTextAsync("暂不可用");
            return;
        }

        var unconnected = coverage.GetProperty("result").GetProperty("unconnected");
        var rows = page.GetByTestId("list-unconnected").Locator("tbody tr");
        await Expect(rows).ToHaveCountAsync(unconnected.GetArrayLength());
        Assert.True(unconnected.GetArrayLength() > 0, "the sample leaves some natural villages of 30+ households unconnected");
        var first = unconnected[0];
        await Expect(rows.First).ToContainTextAsync(first.GetProperty("name").GetString()!);

        await rows.First.ClickAsync();
        await WebMapFixture.SettleAsync(page);
        var id = first.GetProperty("id").GetString()!;
        await Expect(page.GetByTestId("found-marker")).ToHaveAttributeAsync("data-id", id);
        Assert.Equal("road", await page.EvaluateAsync<string>("() => window.__georelief.state.theme"));
        // The village is drawn, unconnected, where the marker stands.
        var drawn = await page.EvaluateAsync<bool>(
            """
            (id) => window.__georelief.map.queryRenderedFeatures({ layers: ['villages-eligible'] })
              .some((f) => f.properties.id === id && f.properties.connected === false)
            """, id);
        Assert.True(drawn, $"natural village {id} is not drawn as unconnected after following its row");
        output.WriteLine(await WebMapFixture.ScreenshotAsync(page, "unconnected-row-followed"));
    }

    [BrowserFact]
    public async Task The_language_switch_turns_the_page_to_English_and_the_link_keeps_it()
    {
        var page = await fixture.OpenAsync("/#theme=relocation");
        await Expect(page.Locator("h1")).ToHaveTextAsync("GeoRelief 扶贫规划地图");
        Assert.Equal("zh-CN", await page.GetAttributeAsync("html", "lang"));

        await page.GetByRole(AriaRole.Button, new() { Name = "切换到英文" }).ClickAsync();
        await WebMapFixture.SettleAsync(page);
        await Expect(page.Locator("h1")).ToHaveTextAsync("GeoRelief poverty-relief planning map");
        await Expect(page.GetByTestId("sample-notice")).ToContainTextAsync("Sample data: synthetic geometry");
        await Expect(page.GetByLabel("Theme")).ToHaveValueAsync("relocation");
        Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));
        output.WriteLine(await WebMapFixture.ScreenshotAsync(page, "english-relocation"));

        // Both dictionaries have every key, and no key is left untranslated on the page.
        var missing = await page.EvaluateAsync<string[]>(
            """
            () => {
              const { zh, en } = window.__georelief.dictionaries;
              return [...Object.keys(zh).filter((k) => !(k in en)), ...Object.keys(en).filter((k) => !(k in zh))];
            }
            """);
        Assert.Empty(missing);
        Assert.DoesNotMatch(@"\b(theme|legend|panel|lists|poverty|edit)\.[a-z]+", await page.InnerTextAsync("body"));

        var link = page.Url;
        var again = await fixture.OpenAsync(new Uri(link).PathAndQuery + new Uri(link).Fragment);
        await Expect(again.Locator("h1")).ToHaveTextAsync("GeoRelief poverty-relief planning map");
        await Expect(again.GetByLabel("Theme")).ToHaveValueAsync("relocation");
        Assert.Equal(
            await page.EvaluateAsync<double>("() => window.__georelief.map.getZoom()"),
            await again.EvaluateAsync<double>("() => window.__georelief.map.getZoom()"),
            1);
    }

    [BrowserFact]
    public async Task Search_by_pinyin_initials_finds_the_county_and_selects_it()
    {
        var page = await fixture.OpenAsync("/");
        await page.GetByLabel("搜索地区（名称、拼音首字母或代码）").FillAsync("jpx");
        await Expect(page.Locator("#search-results li").First).ToContainTextAsync("锦屏县");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForFunctionAsync("() => document.querySelector('#unit-panel').dataset.unit === '522628'");
        await WebMapFixture.SettleAsync(page);
        await Expect(page.GetByTestId("unit-name")).ToHaveTextAsync("锦屏县");
    }

    [BrowserFact]
    public async Task Exports_a_PNG_with_title_and_legend_and_the_table_as_CSV_with_a_BOM()
    {
        var page = await fixture.OpenAsync($"/#unit={Jinping}");
        var png = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "导出地图 PNG" }).ClickAsync());
        var pngPath = Path.Combine(WebMapFixture.ArtifactsDirectory, "export-map.png");
        await png.SaveAsAsync(pngPath);
        var bytes = await File.ReadAllBytesAsync(pngPath);
        Assert.Equal([0x89, 0x50, 0x4E, 0x47], bytes[..4]);
        var canvasHeight = await page.EvaluateAsync<int>("() => window.__georelief.map.getCanvas().height");
        var pngHeight = (bytes[20] << 24) | (bytes[21] << 16) | (bytes[22] << 8) | bytes[23];
        Assert.True(pngHeight > canvasHeight, "the export has a title band above the map");

        var csv = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "导出当前表格 CSV" }).ClickAsync());
        var csvPath = Path.Combine(WebMapFixture.ArtifactsDirectory, "export-table.csv");
        await csv.SaveAsAsync(csvPath);
        var text = await File.ReadAllBytesAsync(csvPath);
        Assert.Equal([0xEF, 0xBB, 0xBF], text[..3]);
        var lines = System.Text.Encoding.UTF8.GetString(text[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(1 + 15, lines.Length);
        Assert.Contains(lines, l => l.Contains("三江镇", StringComparison.Ordinal));
    }

    [BrowserFact]
    public async Task Exports_the_table_as_an_Excel_workbook_whose_village_codes_stay_text_and_figures_stay_numbers()
    {
        var page = await fixture.OpenAsync($"/#unit={Jinping}100");
        await Expect(page.GetByTestId("unit-name")).ToHaveTextAsync("三江镇");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "导出当前表格 Excel" }).ClickAsync());
        var path = Path.Combine(WebMapFixture.ArtifactsDirectory, "export-table.xlsx");
        await download.SaveAsAsync(path);

        Assert.EndsWith(".xlsx", download.SuggestedFilename, StringComparison.Ordinal);
        // GDAL's XLSX driver, an independent reader: the code column is text, the density a number.
        var (exit, info) = await ExternalTool.RunAsync("ogrinfo", null, "-ro", "-al", path);
        Assert.True(exit == 0, info);
        Assert.Contains("代码: String", info, StringComparison.Ordinal);
        Assert.Matches(@"代码 \(String\) = 522628100\d{3}", info);
        Assert.Contains("密度（人/km²）: Real", info, StringComparison.Ordinal);
    }

    [BrowserFact]
    public async Task Downloads_a_townships_whole_road_connection_analysis_as_a_workbook_of_its_villages()
    {
        var page = await fixture.OpenAsync($"/#unit={Jinping}100");
        await Expect(page.GetByTestId("unit-name")).ToHaveTextAsync("三江镇");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("downloads").GetByRole(AriaRole.Link, new() { Name = "道路通达（组组通）" }).ClickAsync());
        var path = Path.Combine(WebMapFixture.ArtifactsDirectory, "download-road-coverage.xlsx");
        await download.SaveAsAsync(path);

        Assert.Equal($"road-coverage-{Jinping}100.xlsx", download.SuggestedFilename);
        var (exit, layers) = await ExternalTool.RunAsync("ogrinfo", null, "-ro", "-q", path);
        Assert.True(exit == 0, layers);
        Assert.Contains("unconnected", layers, StringComparison.Ordinal);
        var (unitsExit, units) = await ExternalTool.RunAsync("ogrinfo", null, "-ro", "-al", path, "units");
        Assert.True(unitsExit == 0, units);
        // The villages of the township, one row each, by their 12-digit codes kept as text.
        Assert.Matches($@"code \(String\) = {Jinping}100\d{{3}}", units);
    }

    [BrowserFact]
    public async Task Is_readable_and_keyboard_reachable_on_a_tablet()
    {
        foreach (var (width, height, name) in new[] { (1024, 768, "tablet-landscape"), (768, 1024, "tablet-portrait") })
        {
            var page = await fixture.OpenAsync($"/#unit={Jinping}&theme=road", width, height);
            output.WriteLine(await WebMapFixture.ScreenshotAsync(page, name));
            var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth");
            Assert.False(overflow, $"the page scrolls sideways at {width}×{height}");
            foreach (var label in new[] { "专题", "图例" })
            {
                await Expect(page.GetByText(label, new() { Exact = true }).First).ToBeVisibleAsync();
            }

            // Every control can be reached with Tab and has an accessible name.
            var unnamed = await page.EvaluateAsync<string[]>(
                """
                () => [...document.querySelectorAll('button, select, input')]
                  .filter((e) => !e.closest('[hidden]'))
                  .filter((e) => !(e.labels?.length || e.getAttribute('aria-label') || e.textContent.trim()))
                  .map((e) => e.id || e.outerHTML.slice(0, 60))
                """);
            Assert.Empty(unnamed);
            await page.Keyboard.PressAsync("Tab");
            await page.Keyboard.PressAsync("Tab");
            Assert.NotEqual("BODY", await page.EvaluateAsync<string>("() => document.activeElement.tagName"));
        }
    }

    [BrowserFact]
    public async Task An_edit_the_API_refuses_shows_the_API_message()
    {
        var page = await fixture.OpenAsync($"/#unit={Jinping}&theme=relocation");
        await page.GetByRole(AriaRole.Button, new() { Name = "编辑登录" }).ClickAsync();
        await page.GetByLabel("粘贴编辑令牌（georelief token create --role editor）").FillAsync("not-a-real-token");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Expect(page.Locator("#editor-status")).ToHaveTextAsync("已登录编辑");
        Assert.Equal("not-a-real-token", await page.EvaluateAsync<string>("() => sessionStorage.getItem('georelief.token')"));

        var site = await page.EvaluateAsync<JsonElement>(
            """
            () => {
              const map = window.__georelief.map;
              const f = map.queryRenderedFeatures({ layers: ['sites'] }).find((s) => s.properties.cluster_count === undefined);
              const p = map.project(f.geometry.coordinates);
              return { id: f.properties.site_id, x: p.x, y: p.y };
            }
            """);
        var box = (await page.Locator("#map canvas").BoundingBoxAsync())!;
        await page.Mouse.ClickAsync(box.X + site.GetProperty("x").GetSingle(), box.Y + site.GetProperty("y").GetSingle());
        await page.Locator(".maplibregl-popup").GetByRole(AriaRole.Button, new() { Name = "编辑" }).ClickAsync();
        var path = $"api/v1/relocation-sites/{site.GetProperty("id").GetString()}";
        var refusal = page.Locator("#notice");
        var current = await fixture.TryGetJsonAsync(path);
        if (current is { } feature)
        {
            // The layers API reads freely; the save is refused, and the dialog shows why, in the API's words.
            await page.GetByLabel("已入住户数").FillAsync("1");
            await page.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
            refusal = page.GetByTestId("dialog-error");
            using var put = new HttpRequestMessage(HttpMethod.Put, path) { Content = JsonContent.Create(feature) };
            put.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "not-a-real-token");
            await AssertShowsProblemAsync(refusal, put);
        }
        else
        {
            using var get = new HttpRequestMessage(HttpMethod.Get, path);
            get.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "not-a-real-token");
            await AssertShowsProblemAsync(refusal, get);
        }

        output.WriteLine(await WebMapFixture.ScreenshotAsync(page, "edit-refused"));
    }

    /// <summary>Sends the request the page sent and checks the page shows the ProblemDetails it is refused with.</summary>
    private async Task AssertShowsProblemAsync(ILocator shown, HttpRequestMessage request)
    {
        using var response = await fixture.Api.SendAsync(request);
        Assert.False(response.IsSuccessStatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        await Expect(shown).ToContainTextAsync(problem.RootElement.GetProperty("title").GetString()!);
        if (problem.RootElement.TryGetProperty("detail", out var detail))
        {
            await Expect(shown).ToContainTextAsync(detail.GetString()!);
        }
    }

    private static async Task<Dictionary<string, int>> DrawnClassesAsync(IPage page)
    {
        var features = await page.EvaluateAsync<JsonElement>(
            """
            () => window.__georelief.map.queryRenderedFeatures({ layers: ['poverty-fill'] })
              .map((f) => ({ code: f.properties.code, cls: f.properties.class ?? -1 }))
            """);
        var classes = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var f in features.EnumerateArray())
        {
            classes[f.GetProperty("code").GetString()!] = f.GetProperty("cls").GetInt32();
        }

        return classes;
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
