using GeoRelief.Data.Tests.Cluster;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace GeoRelief.Data.Tests;

public sealed class GeoReliefDatabaseTests
{
    [DatabaseFact]
    public async Task Start_creates_the_database_installs_PostGIS_and_migrates()
    {
        var server = await TestPostgres.GetServerConnectionStringAsync(CancellationToken.None);
        var name = TestDatabase.NewDatabaseName();
        var options = new DatabaseOptions { ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString };
        try
        {
            await using (var database = new GeoReliefDatabase(options, NullLoggerFactory.Instance))
            {
                await database.StartAsync(CancellationToken.None);

                Assert.StartsWith("15.", database.Versions.PostgreSql + ".", StringComparison.Ordinal);
                Assert.True(GeoReliefDatabaseRequirements.ParseVersion(database.Versions.PostGis) >= new Version(3, 3));
                Assert.Equal(1L, await ScalarAsync(database.DataSource, "SELECT count(*) FROM georelief_meta.schema_migration WHERE version = 1"));
                Assert.Equal(1L, await ScalarAsync(database.DataSource, "SELECT version FROM georelief.data_version"));
                Assert.Null(database.Cluster);
            }

            // A second start of the same database finds everything in place.
            await using var again = new GeoReliefDatabase(options, NullLoggerFactory.Instance);
            await again.StartAsync(CancellationToken.None);
            Assert.Equal(1L, await ScalarAsync(again.DataSource, "SELECT count(*) FROM georelief_meta.schema_migration WHERE version = 1"));
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await TestDatabase.DropAsync(name);
        }
    }

    [ClusterFact]
    public async Task Without_a_connection_string_it_runs_the_embedded_cluster_and_stops_it()
    {
        await using var home = new ClusterHome();
        var options = new DatabaseOptions { ConnectionString = null, Embedded = home.Options };

        await using (var database = new GeoReliefDatabase(options, NullLoggerFactory.Instance))
        {
            await database.StartAsync(CancellationToken.None);

            Assert.NotNull(database.Cluster);
            Assert.Equal("georelief", new NpgsqlConnectionStringBuilder(database.ConnectionString).Database);
            Assert.Equal(1L, await ScalarAsync(database.DataSource, "SELECT count(*) FROM georelief_meta.schema_migration WHERE version = 1"));
            await database.StopAsync(CancellationToken.None);
            Assert.False(database.Cluster.GetStatus().Running);
        }
    }

    [Fact]
    public async Task Before_start_the_data_source_is_not_available()
    {
        await using var database = new GeoReliefDatabase(new DatabaseOptions(), NullLoggerFactory.Instance);

        Assert.False(database.IsStarted);
        Assert.Throws<InvalidOperationException>(() => database.DataSource);
    }

    private static async Task<long> ScalarAsync(NpgsqlDataSource dataSource, string sql)
    {
        await using var command = dataSource.CreateCommand(sql);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
