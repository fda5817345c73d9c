using GeoRelief.Core.Tiles;
using GeoRelief.Data.Tiles;
using Npgsql;

namespace GeoRelief.Data.Tests.Tiles;

public sealed class TileRendererTests
{
    [DatabaseFact]
    public async Task A_tile_batch_runs_without_parallel_workers_and_leaves_the_pooled_connection_as_it_found_it()
    {
        await using var db = await TestDatabase.CreateAsync(migrate: true);
        var renderer = new TileRenderer(db.DataSource, new PovertyClassifier(db.DataSource));
        var before = await SettingAsync(db.DataSource);

        await using (var batch = await renderer.CreateBatchAsync(TileAddress.Create(10, 829, 429), TileLayerCatalog.Find("roads")!, PovertyDensityParameters.Default, 0, CancellationToken.None))
        {
            batch.BatchCommands.Add(new NpgsqlBatchCommand("SHOW max_parallel_workers_per_gather"));
            await using var reader = await batch.ExecuteReaderAsync();
            Assert.True(await reader.ReadAsync(), "the layer's row");
            Assert.True(await reader.NextResultAsync());
            Assert.True(await reader.ReadAsync());
            Assert.Equal("0", reader.GetString(0));
        }

        await renderer.RenderAsync(TileAddress.Create(10, 829, 429), [TileLayerCatalog.Find("roads")!], PovertyDensityParameters.Default, 0, CancellationToken.None);

        // Npgsql resets the session when the connection returns to the pool: analytics keep their parallel plans.
        Assert.NotEqual("0", before);
        Assert.Equal(before, await SettingAsync(db.DataSource));
    }

    private static async Task<string> SettingAsync(NpgsqlDataSource dataSource)
    {
        await using var command = dataSource.CreateCommand("SHOW max_parallel_workers_per_gather");
        return (string)(await command.ExecuteScalarAsync())!;
    }
}
