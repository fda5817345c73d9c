using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using GeoRelief.Data.Tests;
using GeoRelief.Server.Tests.Auth;
using GeoRelief.Server.Tests.Ogc;

namespace GeoRelief.Server.Tests.CommandLine;

/// <summary><c>georelief analyze</c>: the API's results on the command line, as a planner opens them in a spreadsheet.</summary>
[Collection(ConsoleRedirection.Name)]
public sealed class AnalyzeCommandTests(SampleServerFactory factory) : IClassFixture<SampleServerFactory>
{
    [DatabaseFact]
    public async Task A_csv_file_opens_in_a_spreadsheet_with_the_Chinese_names_and_holds_the_APIs_figures()
    {
        using var client = factory.CreateClient();
        var api = await client.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/analytics/poverty?within=522628&year=2016", UriKind.Relative));
        var path = CommandRun.TemporaryFile("poverty.csv");

        var (exit, _, errors) = await CommandRun.RunAsync("analyze", "poverty", "--within", "522628", "--year", "2016", "--format", "csv", "--out", path, "--db", factory.Database.ConnectionString);

        Assert.True(exit == 0, errors);
        var bytes = await File.ReadAllBytesAsync(path);
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.StartsWith('#')).ToArray();
        var header = lines[0].Split(',');
        var rows = lines[1..].Select(l => l.Split(',')).ToDictionary(r => r[0], StringComparer.Ordinal);
        var units = api.GetProperty("result").GetProperty("units").EnumerateArray().ToArray();
        Assert.Equal(15, units.Length);
        Assert.Equal(units.Length, rows.Count);
        foreach (var unit in units)
        {
            var row = rows[unit.GetProperty("code").GetString()!];
            Assert.Equal(unit.GetProperty("name").GetString(), row[Array.IndexOf(header, "name")]);
            Assert.Equal(unit.GetProperty("poorPopulation").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture), row[Array.IndexOf(header, "poorPopulation")]);
        }
    }

    [GdalFact]
    public async Task A_workbook_keeps_the_codes_as_text_and_the_parameters_on_a_second_worksheet()
    {
        _ = factory.Server;
        var path = CommandRun.TemporaryFile("poverty.xlsx");

        var (exit, _, errors) = await CommandRun.RunAsync("analyze", "poverty", "--within", "522628", "--year", "2016", "--format", "xlsx", "--out", path, "--db", factory.Database.ConnectionString);
        var (withoutFile, _, withoutFileErrors) = await CommandRun.RunAsync("analyze", "poverty", "--within", "522628", "--format", "xlsx", "--db", factory.Database.ConnectionString);

        Assert.True(exit == 0, errors);
        var (infoExit, info) = await ExternalTool.RunAsync("ogrinfo", null, "-ro", "-so", path, "units");
        Assert.True(infoExit == 0, info);
        Assert.Contains("Feature Count: 15", info, StringComparison.Ordinal);
        Assert.Contains("code: String", info, StringComparison.Ordinal);
        Assert.Contains("poorPopulation: Integer", info, StringComparison.Ordinal);
        var (_, notes) = await ExternalTool.RunAsync("ogrinfo", null, "-ro", "-al", path, "notes");
        Assert.Contains("= 2016", notes, StringComparison.Ordinal);
        Assert.Equal(2, withoutFile);
        Assert.Contains("--out", withoutFileErrors, StringComparison.Ordinal);
    }

    [DatabaseFact]
    public async Task Json_has_no_byte_order_mark_and_a_misspelt_parameter_is_refused_by_name()
    {
        _ = factory.Server;
        var path = CommandRun.TemporaryFile("coverage.json");

        var (exit, _, _) = await CommandRun.RunAsync("analyze", "road-coverage", "--within", "522628", "--out", path, "--db", factory.Database.ConnectionString);
        var (misspelt, output, errors) = await CommandRun.RunAsync("analyze", "road-coverage", "--within", "522628", "-p", "minHousehold=30", "--db", factory.Database.ConnectionString);

        Assert.Equal(0, exit);
        var bytes = await File.ReadAllBytesAsync(path);
        Assert.Equal((byte)'{', bytes[0]);
        Assert.Equal("road-coverage", JsonDocument.Parse(bytes).RootElement.GetProperty("analysis").GetString());
        Assert.Equal(2, misspelt);
        Assert.Empty(output);
        Assert.Contains("'minHousehold'", errors, StringComparison.Ordinal);
        Assert.Contains("minHouseholds", errors, StringComparison.Ordinal);
    }
}
