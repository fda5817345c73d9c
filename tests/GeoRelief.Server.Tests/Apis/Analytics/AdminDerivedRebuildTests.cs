using GeoRelief.Core.Admin;
using GeoRelief.Data.Analytics;
using GeoRelief.Data.Tests;

namespace GeoRelief.Server.Tests.Apis.Analytics;

/// <summary>A rebuild of the derived township data that meets a change of admin units still in progress.</summary>
public sealed class AdminDerivedRebuildTests(AnalyticsFixture fixture) : IClassFixture<AnalyticsFixture>
{
    [DatabaseFact]
    public async Task A_rebuild_started_during_an_admin_change_reads_the_change_once_it_commits()
    {
        await using var connection = await fixture.Database.DataSource.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var move = connection.CreateCommand())
        {
            move.Transaction = transaction;
            move.CommandText = "UPDATE georelief.admin_unit SET geom = ST_Multi(ST_MakeEnvelope(100.2, 0, 100.3, 0.05, 4490)) WHERE code = '520101102'";
            await move.ExecuteNonQueryAsync();
        }

        var rebuild = fixture.Store.RebuildAdminDerivedAsync(AdminLevel.Township, CancellationToken.None);
        await transaction.CommitAsync();
        await rebuild;

        // Current without another rebuild, and holding the moved township's new neighbour.
        Assert.False(await fixture.Store.EnsureAdminDerivedAsync(AdminLevel.Township, CancellationToken.None));
        Assert.Contains(
            new UnitAdjacency("520101101", "520101102", true),
            await fixture.Store.AdjacencyAsync(AdminLevel.Township, "520101", CancellationToken.None));
    }
}
