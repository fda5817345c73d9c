using GeoRelief.Data.Sample;
using Npgsql;

namespace GeoRelief.Data.Tests.Sample;

/// <summary>Reloading replaces rather than adds, and a failing load leaves the database as it was.</summary>
[Trait("Category", "Database")]
public sealed class SampleLoaderReloadTests(SampleTestDatabase database) : IClassFixture<SampleTestDatabase>
{
    private static readonly string[] Tables =
    [
        "admin_unit", "natural_village", "village_year", "road", "road_piece", "facility",
        "relocation_site", "relocation_source", "industrial_base", "constraint_zone", "dem",
    ];

    [DatabaseFact]
    public async Task Loading_twice_gives_the_same_counts()
    {
        var first = await SampleLoader.LoadAsync(database.DataSource, SampleTestData.Dataset);
        var before = await CountsAsync();
        var second = await SampleLoader.LoadAsync(database.DataSource, SampleTestData.Dataset);
        Assert.Equal(first, second);
        Assert.Equal(before, await CountsAsync());
    }

    [DatabaseFact]
    public async Task A_failing_load_rolls_back_to_the_previous_data()
    {
        await SampleLoader.LoadAsync(database.DataSource, SampleTestData.Dataset);
        var before = await CountsAsync();

        // A duplicate natural village breaks the primary key half-way through the load, after the truncation.
        var villages = SampleTestData.Dataset.NaturalVillages;
        var broken = SampleTestData.Dataset with { NaturalVillages = [.. villages, villages[0]] };
        await Assert.ThrowsAsync<PostgresException>(() => SampleLoader.LoadAsync(database.DataSource, broken));

        Assert.Equal(before, await CountsAsync());
    }

    private async Task<string> CountsAsync()
    {
        var counts = new List<string>();
        foreach (var table in Tables)
        {
            counts.Add($"{table}={await database.CountAsync(table)}");
        }

        return string.Join(' ', counts);
    }
}
