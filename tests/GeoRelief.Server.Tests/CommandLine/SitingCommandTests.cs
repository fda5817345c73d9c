using System.Text;
using System.Text.Json;
using GeoRelief.Data.Tests;
using GeoRelief.Server.Tests.Auth;

namespace GeoRelief.Server.Tests.CommandLine;

/// <summary><c>georelief siting ahp|existing|allocate</c>: what the API answers, in files a planner opens.</summary>
[Collection(ConsoleRedirection.Name)]
public sealed class SitingCommandTests(SampleServerFactory factory) : IClassFixture<SampleServerFactory>
{
    [DatabaseFact]
    public async Task Ahp_prints_the_weights_and_a_malformed_matrix_is_one_line_naming_the_field()
    {
        var good = CommandRun.TemporaryFile("ahp.json");
        await File.WriteAllTextAsync(good, """{"criteria": ["坡度", "就业", "学校"], "matrix": [[1, 2, 4], [0.5, 1, 2], [0.25, 0.5, 1]]}""");
        var bad = CommandRun.TemporaryFile("ahp-bad.json");
        await File.WriteAllTextAsync(bad, """{"criteria": ["a", "b"], "matrix": [[1, "x"], [1, 1]]}""");

        var (exit, output, _) = await CommandRun.RunAsync("siting", "ahp", good);
        var (refused, refusedOutput, errors) = await CommandRun.RunAsync("siting", "ahp", bad);

        Assert.Equal(0, exit);
        Assert.Equal(4 / 7.0, JsonDocument.Parse(output).RootElement.GetProperty("weights").GetProperty("坡度").GetDouble(), 1e-6);
        Assert.Contains("\"坡度\"", output, StringComparison.Ordinal);
        Assert.Equal(1, refused);
        Assert.Empty(refusedOutput);
        Assert.Single(errors.Trim().Split('\n'));
        Assert.Contains("matrix[0][1]", errors, StringComparison.Ordinal);
    }

    [DatabaseFact]
    public async Task Existing_sites_as_csv_open_with_their_Chinese_names_and_json_keeps_them_readable()
    {
        var db = factory.Database.ConnectionString;
        var csv = CommandRun.TemporaryFile("existing.csv");

        var (exit, _, errors) = await CommandRun.RunAsync("siting", "existing", "--within", "522628", "--format", "csv", "--out", csv, "--db", db);
        var (jsonExit, json, _) = await CommandRun.RunAsync("siting", "existing", "--within", "522628", "--db", db);
        var (unknown, _, unknownErrors) = await CommandRun.RunAsync("siting", "existing", "--within", "522628", "--format", "xml", "--db", db);

        Assert.True(exit == 0, errors);
        var bytes = await File.ReadAllBytesAsync(csv);
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var names = await SampleNamesAsync();
        var text = Encoding.UTF8.GetString(bytes[3..]);
        Assert.All(names, name => Assert.Contains(name, text, StringComparison.Ordinal));
        Assert.Equal(0, jsonExit);
        Assert.Contains(names[0], json, StringComparison.Ordinal);
        Assert.NotEqual(0, unknown);
        Assert.Contains("'xml'", unknownErrors, StringComparison.Ordinal);
    }

    [DatabaseFact]
    public async Task An_allocation_from_a_request_file_is_written_as_csv_with_every_village_once()
    {
        var villages = (await ScalarAsync("SELECT string_agg(id, ',' ORDER BY id) FROM (SELECT id FROM georelief.natural_village WHERE id LIKE '522628%' ORDER BY id LIMIT 8) v")).Split(',');
        var sites = (await ScalarAsync("SELECT string_agg(id, ',' ORDER BY id) FROM (SELECT id FROM georelief.relocation_site WHERE id LIKE '522628%' ORDER BY id LIMIT 2) s")).Split(',');
        var request = CommandRun.TemporaryFile("allocate.json");
        await File.WriteAllTextAsync(request, JsonSerializer.Serialize(new
        {
            villages = villages.Select(v => new { id = v }),
            sites = sites.Select(s => new { id = s, capacity = 100_000 }),
        }));
        var csv = CommandRun.TemporaryFile("allocation.csv");

        var (exit, _, errors) = await CommandRun.RunAsync("siting", "allocate", "--request", request, "--format", "csv", "--out", csv, "--db", factory.Database.ConnectionString);

        Assert.True(exit == 0, errors);
        var bytes = await File.ReadAllBytesAsync(csv);
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("# allocation: optimal", lines[0], StringComparison.Ordinal);
        Assert.Equal(sites.Length, lines.Count(l => l.StartsWith("# site ", StringComparison.Ordinal)));
        var rows = lines.Where(l => !l.StartsWith('#')).Skip(1).Select(l => l.Split(',')).ToArray();
        Assert.Equal(villages.Order(StringComparer.Ordinal), rows.Select(r => r[0]).Where(villages.Contains).Order(StringComparer.Ordinal));
        Assert.All(rows.Where(r => villages.Contains(r[0])), r => Assert.Contains(r[1], sites));
    }

    [DatabaseFact]
    public async Task An_allocation_request_file_is_checked_as_the_API_checks_its_body()
    {
        var request = CommandRun.TemporaryFile("allocate-bad.json");
        await File.WriteAllTextAsync(request, """{"within": "522628", "maxSites": 0}""");
        var db = factory.Database.ConnectionString;
        _ = factory.Server;

        var (badFile, badFileOutput, badFileErrors) = await CommandRun.RunAsync("siting", "allocate", "--request", request, "--db", db);
        var (badLimit, _, badLimitErrors) = await CommandRun.RunAsync("siting", "allocate", "--within", "522628", "--time-limit", "0", "--db", db);

        // maxSites = 0 went through to the solver before: the API refused it, the command line did not.
        Assert.Equal(1, badFile);
        Assert.Empty(badFileOutput);
        Assert.Contains("maxSites must be at least 1.", badFileErrors, StringComparison.Ordinal);
        Assert.Equal(1, badLimit);
        Assert.Contains("--time-limit must be from 1 to 600 seconds", badLimitErrors, StringComparison.Ordinal);
    }

    private async Task<string[]> SampleNamesAsync() =>
        (await ScalarAsync("SELECT string_agg(name, '|' ORDER BY id) FROM georelief.relocation_site WHERE id LIKE '522628%'")).Split('|');

    private async Task<string> ScalarAsync(string sql)
    {
        // The server loads the sample on start; asking for it makes sure it has started.
        _ = factory.Server;
        await using var connection = await factory.Database.DataSource.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (string)(await command.ExecuteScalarAsync())!;
    }
}
