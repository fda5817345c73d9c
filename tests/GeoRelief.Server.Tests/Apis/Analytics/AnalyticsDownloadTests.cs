using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using GeoRelief.Data.Tests;
using GeoRelief.Server.Tests.Ogc;

namespace GeoRelief.Server.Tests.Apis.Analytics;

/// <summary>Analyses downloaded as a planner opens them: CSV in Excel, and workbooks read back by GDAL.</summary>
public sealed class AnalyticsDownloadTests(SampleServerFactory factory) : IClassFixture<SampleServerFactory>, IDisposable
{
    private readonly DirectoryInfo _downloads = Directory.CreateTempSubdirectory("georelief-analytics-");

    public void Dispose() => _downloads.Delete(recursive: true);

    [GdalTheory]
    [InlineData("poverty?within=522628&year=2018", "poverty-522628-2018.xlsx", new[] { "units", "notes" })]
    [InlineData("poverty/series?code=522628", "poverty-series-522628.xlsx", new[] { "years", "notes" })]
    [InlineData("classify?indicator=density&level=township&within=522628&year=2018&k=4", "classify-522628-2018.xlsx", new[] { "classes", "units", "notes" })]
    [InlineData("road-coverage?within=522628&travelTime=false", "road-coverage-522628.xlsx", new[] { "units", "unconnected", "beyondMaxMinutes", "hardenedRoadKm", "notes" })]
    [InlineData("job-access?within=522628", "job-access-522628-2019.xlsx", new[] { "sites", "villages", "units", "notes" })]
    [InlineData("relocation-progress?within=522628", "relocation-progress-522628.xlsx", new[] { "units", "sites", "notes" })]
    [InlineData("hotspots?indicator=incidence&level=township&within=522628&year=2018", "hotspots-522628-2018.xlsx", new[] { "units", "notes" })]
    [InlineData("rai?within=522628", "rai-522628.xlsx", new[] { "units", "notes" })]
    public async Task A_workbook_has_a_worksheet_per_table_of_the_result_then_the_notes(string query, string fileName, string[] sheets)
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri($"/api/v1/analytics/{query}&format=xlsx", UriKind.Relative));
        var path = await SaveAsync(response, fileName);
        var (exit, info) = await ExternalTool.RunAsync("ogrinfo", null, "-ro", "-q", path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(fileName, response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.True(exit == 0, info);
        var listed = info.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line[(line.IndexOf(':', StringComparison.Ordinal) + 2)..].Split(' ')[0]);
        Assert.Equal(sheets, listed);
    }

    [GdalFact]
    public async Task Road_coverage_as_a_workbook_holds_every_table_of_the_json_and_its_figures_in_the_notes()
    {
        using var client = factory.CreateClient();
        const string query = "/api/v1/analytics/road-coverage?within=522628&minHouseholds=30&maxDistanceM=500&travelTime=false";
        var json = (await client.GetFromJsonAsync<JsonElement>(new Uri(query, UriKind.Relative))).GetProperty("result");

        using var response = await client.GetAsync(new Uri(query + "&format=xlsx", UriKind.Relative));
        var path = await SaveAsync(response, "road-coverage.xlsx");
        var (unitsExit, units) = await ExternalTool.RunAsync("ogrinfo", null, "-ro", "-so", path, "units");
        var (unconnectedExit, unconnected) = await ExternalTool.RunAsync("ogr2ogr", null, "-f", "CSV", "/vsistdout/", path, "unconnected");
        var (notesExit, notes) = await ExternalTool.RunAsync("ogr2ogr", null, "--config", "OGR_XLSX_HEADERS", "FORCE", "-f", "CSV", "/vsistdout/", path, "notes");

        Assert.True(unitsExit == 0, units);
        Assert.Contains($"Feature Count: {json.GetProperty("units").GetArrayLength()}", units, StringComparison.Ordinal);
        Assert.Contains("code: String", units, StringComparison.Ordinal);
        Assert.Contains("coveragePct: Real", units, StringComparison.Ordinal);
        Assert.True(unconnectedExit == 0, unconnected);
        var lines = unconnected.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(json.GetProperty("unconnected").GetArrayLength() + 1, lines.Length);
        var first = json.GetProperty("unconnected")[0];
        Assert.Contains(first.GetProperty("id").GetString()!, lines[1], StringComparison.Ordinal);
        Assert.True(notesExit == 0, notes);
        // name,value; GDAL quotes the numbers of a column it types as text.
        var named = notes.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split(',', 2))
            .ToLookup(pair => pair[0], pair => pair[1].Trim('"'));
        Assert.Equal("522628", Assert.Single(named["parameters.within"]));
        Assert.Equal("500", Assert.Single(named["parameters.maxDistanceM"]));
        Assert.Equal(json.GetProperty("villages").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture), Assert.Single(named["result.villages"]));
        Assert.Equal(json.GetProperty("coveragePct").GetDouble(), double.Parse(Assert.Single(named["result.coveragePct"]), System.Globalization.CultureInfo.InvariantCulture), 0.0001);
        Assert.Equal(json.GetProperty("travelTime").GetString(), Assert.Single(named["result.travelTime"]));
        Assert.Single(named["dataVersion"]);
        Assert.NotEmpty(named["notes"]);
    }

    [DatabaseFact]
    public async Task Csv_is_the_main_table_with_a_byte_order_mark_and_the_parameters_as_comment_lines()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/api/v1/analytics/poverty?within=522628&year=2018&format=csv", UriKind.Relative));
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("poverty-522628-2018.csv", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.StartsWith("# poverty, data version ", lines[0], StringComparison.Ordinal);
        Assert.Contains("# year=2018", lines);
        Assert.Contains("# within=522628", lines);
        Assert.Contains("# exitThresholdPct=", lines);
        var table = lines.SkipWhile(l => l.StartsWith('#')).ToList();
        Assert.StartsWith("code,name,", table[0], StringComparison.Ordinal);
        Assert.Equal(16, table.Count);
        Assert.Contains(table, l => l.Contains("三江镇", StringComparison.Ordinal));
    }

    [DatabaseTheory]
    [InlineData("/api/v1/analytics/poverty?within=522628&format=xml")]
    [InlineData("/api/v1/analytics/poverty?within=522628&format=XLSX")]
    [InlineData("/api/v1/analytics/poverty?within=522628&format=")]
    public async Task An_unknown_format_is_refused_by_name(string url)
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("format", problem.GetProperty("parameter").GetString());
        Assert.Contains("xlsx", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [DatabaseFact]
    public async Task Posted_values_are_classified_into_a_download_too()
    {
        using var client = factory.CreateClient();

        using var response = await client.PostAsJsonAsync(new Uri("/api/v1/analytics/classify?method=equal&k=2&format=csv", UriKind.Relative), new[] { 1.0, 2, 3, 4 });
        var csv = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("class,lower,upper,count,color", csv, StringComparison.Ordinal);
        Assert.Contains("0,1,2.5,2,", csv, StringComparison.Ordinal);
    }

    private async Task<string> SaveAsync(HttpResponseMessage response, string name)
    {
        var path = Path.Combine(_downloads.FullName, name);
        await File.WriteAllBytesAsync(path, await response.Content.ReadAsByteArrayAsync());
        return path;
    }
}
