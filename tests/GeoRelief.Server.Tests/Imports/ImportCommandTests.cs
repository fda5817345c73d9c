using System.Globalization;
using System.Text;
using GeoRelief.Data.Tests;
using GeoRelief.Data.Tests.Imports;
using GeoRelief.Server.CommandLine;

namespace GeoRelief.Server.Tests.Imports;

/// <summary>The <c>georelief import</c> verb, invoked in-process through the command line's own entry point.</summary>
public sealed class ImportCommandTests(ImportDatabase db) : IClassFixture<ImportDatabase>
{
    [DatabaseFact]
    public async Task The_import_verb_imports_and_exits_0_then_rejects_a_broken_file_with_exit_2_and_changes_nothing()
    {
        var points = await db.VillagePointsAsync("522628", 3);
        var good = new StringBuilder("编号,名称,户数,人口,lng,lat\n");
        foreach (var (p, i) in points.Select((p, i) => (p, i)))
        {
            good.Append(CultureInfo.InvariantCulture, $"cli-{i},命令行组{i},{10 + i},{40 + i},{p.Lon:R},{p.Lat:R}\n");
        }

        var goodPath = db.WriteFile("cli-good.csv", Encoding.UTF8.GetBytes(good.ToString()));
        var badPath = db.WriteFile("cli-bad.csv", Encoding.UTF8.GetBytes(good.ToString().Replace("cli-1,命令行组1,11,41", "cli-1,命令行组1,11,abc", StringComparison.Ordinal).Replace("cli-", "clibad-", StringComparison.Ordinal)));
        var reportPath = Path.Combine(db.Folder, "cli-report.csv");

        var imported = await GeoReliefCommandLine.InvokeAsync(["import", goodPath, "--layer", "natural-villages", "--db", db.Database.ConnectionString]);
        var before = await db.FingerprintAsync();
        var rejected = await GeoReliefCommandLine.InvokeAsync(["import", badPath, "--layer", "natural-villages", "--report", reportPath, "--db", db.Database.ConnectionString]);
        var unknownLayer = await GeoReliefCommandLine.InvokeAsync(["import", goodPath, "--layer", "rivers", "--db", db.Database.ConnectionString]);

        Assert.Equal((0, 2, 1), (imported, rejected, unknownLayer));
        Assert.Equal(3L, await db.ScalarAsync<long>("SELECT count(*) FROM georelief.natural_village WHERE id LIKE 'cli-%'"));
        Assert.Equal(before, await db.FingerprintAsync());
        Assert.Contains("3,population,not_a_number,error", await File.ReadAllTextAsync(reportPath), StringComparison.Ordinal);
    }
}
