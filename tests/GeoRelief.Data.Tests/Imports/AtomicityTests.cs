using System.Text;
using GeoRelief.Data.Layers;
using Npgsql;

namespace GeoRelief.Data.Tests.Imports;

/// <summary>An import stopped half way — cancelled, or its connection killed by the server — leaves the database as it was.</summary>
public sealed class AtomicityTests(ImportDatabase db) : IClassFixture<ImportDatabase>
{
    private const int Rows = 200_000;

    [DatabaseFact]
    public async Task Cancelling_during_the_copy_leaves_the_database_unchanged()
    {
        var path = await LargeCsvAsync("cancel");
        var before = await db.FingerprintAsync();
        using var cancel = new CancellationTokenSource();
        var import = db.ImportAsync(path, LayerCatalog.NaturalVillages, cancellationToken: cancel.Token);
        await WaitForCopyAsync();

        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => import);
        Assert.Equal(before, await db.FingerprintAsync());
        Assert.Equal(0L, await db.ScalarAsync<long>("SELECT count(*) FROM georelief.natural_village WHERE id LIKE 'cancel-%'"));
    }

    [DatabaseFact]
    public async Task Terminating_the_import_backend_leaves_the_database_unchanged()
    {
        var path = await LargeCsvAsync("killed");
        var before = await db.FingerprintAsync();
        var import = db.ImportAsync(path, LayerCatalog.NaturalVillages);
        var pid = await WaitForCopyAsync();

        Assert.True(await db.ScalarAsync<bool>("SELECT pg_terminate_backend($1)", pid));

        await Assert.ThrowsAnyAsync<NpgsqlException>(() => import);
        NpgsqlConnection.ClearPool(new NpgsqlConnection(db.Database.ConnectionString));
        Assert.Equal(before, await db.FingerprintAsync());
        Assert.Equal(0L, await db.ScalarAsync<long>("SELECT count(*) FROM georelief.natural_village WHERE id LIKE 'killed-%'"));
        Assert.Equal(0L, await db.ScalarAsync<long>("SELECT count(*) FROM georelief.import_batch WHERE file_name = 'killed.csv'"));
    }

    private async Task<string> LargeCsvAsync(string prefix)
    {
        var points = await db.VillagePointsAsync("522628", 50);
        var csv = new StringBuilder("id,name,households,population,lon,lat\n");
        for (var i = 0; i < Rows; i++)
        {
            var p = points[i % points.Count];
            csv.Append(System.Globalization.CultureInfo.InvariantCulture, $"{prefix}-{i},组{i},{i % 90},{i % 400},{p.Lon:R},{p.Lat:R}\n");
        }

        return db.WriteFile(prefix + ".csv", Encoding.UTF8.GetBytes(csv.ToString()));
    }

    /// <summary>Waits until a backend of this database runs the staging COPY; returns its process id.</summary>
    private async Task<int> WaitForCopyAsync()
    {
        for (var attempt = 0; attempt < 600; attempt++)
        {
            await using var command = db.DataSource.CreateCommand(
                "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'COPY import_stage%' AND pid <> pg_backend_pid()");
            if (await command.ExecuteScalarAsync() is int pid)
            {
                return pid;
            }

            await Task.Delay(20);
        }

        throw new TimeoutException("The import never reached its COPY.");
    }
}
