using GeoRelief.Data.Imports;
using Npgsql;

namespace GeoRelief.Data.Tests.Imports;

/// <summary>An import's transaction runs in a session of its own, whose temporary buffers can hold the stage.</summary>
public sealed class ImportSessionTests(ImportDatabase db) : IClassFixture<ImportDatabase>
{
    [DatabaseFact]
    public async Task The_import_session_starts_with_room_for_the_stage_and_is_not_pooled()
    {
        var connectionString = FeatureImporter.ImportConnectionString(db.Database.ConnectionString);

        Assert.False(new NpgsqlConnectionStringBuilder(connectionString).Pooling);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SHOW temp_buffers", connection);
        Assert.Equal("512MB", await command.ExecuteScalarAsync());
    }

    [DatabaseFact]
    public async Task Options_given_in_the_connection_string_come_after_the_import_s_own_and_so_win()
    {
        var given = new NpgsqlConnectionStringBuilder(db.Database.ConnectionString) { Options = "-c temp_buffers=64MB -c work_mem=8MB" };
        var connectionString = FeatureImporter.ImportConnectionString(given.ConnectionString);

        Assert.Equal("-c temp_buffers=512MB -c temp_buffers=64MB -c work_mem=8MB", new NpgsqlConnectionStringBuilder(connectionString).Options);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT current_setting('temp_buffers') || ' ' || current_setting('work_mem')", connection);
        Assert.Equal("64MB 8MB", await command.ExecuteScalarAsync());
    }
}
