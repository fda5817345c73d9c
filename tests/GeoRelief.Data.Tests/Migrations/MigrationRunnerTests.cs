using GeoRelief.Data.Migrations;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace GeoRelief.Data.Tests.Migrations;

public sealed class MigrationRunnerTests
{
    private static readonly Migration CreatesVillageCount = new("0001_village_count.sql", """
        CREATE SCHEMA georelief;
        CREATE TABLE georelief.village_count (code text PRIMARY KEY, villages integer NOT NULL);
        """);

    // The first statement works; the third refers to a type that does not exist.
    private static readonly Migration BrokenSecond = new("0002_broken.sql", """
        CREATE TABLE georelief.half_done (id integer);
        INSERT INTO georelief.village_count VALUES ('522628', 1);
        CREATE TABLE georelief.broken (id no_such_type);
        """);

    private static MigrationRunner Runner(params Migration[] migrations) =>
        new(migrations, NullLogger<MigrationRunner>.Instance);

    [DatabaseFact]
    public async Task Shipped_migrations_apply_once_and_a_second_run_changes_nothing()
    {
        await using var database = await TestDatabase.CreateAsync(migrate: false);
        var runner = new MigrationRunner(NullLogger<MigrationRunner>.Instance);

        var first = await runner.RunAsync(database.DataSource, CancellationToken.None);
        var recordedAfterFirst = await ReadRowsAsync(database.DataSource);
        var second = await runner.RunAsync(database.DataSource, CancellationToken.None);
        var recordedAfterSecond = await ReadRowsAsync(database.DataSource);

        Assert.Equal(EmbeddedMigrations.All.Select(m => m.FileName), first.Select(m => m.FileName));
        Assert.Empty(second);
        Assert.Equal(recordedAfterFirst, recordedAfterSecond);
        Assert.Equal(first.Select(m => (m.FileName, m.Checksum)), recordedAfterSecond.Select(r => (r.Name, r.Checksum)));
        Assert.True(await TableExistsAsync(database.DataSource, "georelief.admin_unit"));
    }

    [DatabaseFact]
    public async Task A_failing_migration_leaves_the_schema_as_it_was_and_names_its_file()
    {
        await using var database = await TestDatabase.CreateAsync(migrate: false);

        var error = await Assert.ThrowsAsync<MigrationException>(
            () => Runner(CreatesVillageCount, BrokenSecond).RunAsync(database.DataSource, CancellationToken.None));

        Assert.Contains("0002_broken.sql", error.Message, StringComparison.Ordinal);
        Assert.Contains("no_such_type", error.Message, StringComparison.Ordinal);
        Assert.Equal("0002_broken.sql", error.FileName);
        Assert.Equal("42704", error.SqlState);
        Assert.Equal(3, error.Line);
        Assert.True(await TableExistsAsync(database.DataSource, "georelief.village_count"));
        Assert.False(await TableExistsAsync(database.DataSource, "georelief.half_done"));
        Assert.Equal(0L, await ScalarAsync<long>(database.DataSource, "SELECT count(*) FROM georelief.village_count"));
        Assert.Equal(["0001_village_count.sql"], await ReadRecordsAsync(database.DataSource));
    }

    [DatabaseFact]
    public async Task A_migration_changed_after_it_was_applied_is_refused()
    {
        await using var database = await TestDatabase.CreateAsync(migrate: false);
        await Runner(CreatesVillageCount).RunAsync(database.DataSource, CancellationToken.None);
        var edited = new Migration(CreatesVillageCount.FileName, CreatesVillageCount.Sql + "\n-- an afterthought\n");

        var error = await Assert.ThrowsAsync<MigrationException>(
            () => Runner(edited).RunAsync(database.DataSource, CancellationToken.None));

        Assert.Contains("0001_village_count.sql was changed after it was applied", error.Message, StringComparison.Ordinal);
        Assert.Equal("0001_village_count.sql", error.FileName);
    }

    [DatabaseFact]
    public async Task A_database_migrated_by_a_newer_GeoRelief_is_refused()
    {
        await using var database = await TestDatabase.CreateAsync(migrate: false);
        var later = new Migration("0002_later.sql", "CREATE TABLE georelief.later (id integer);");
        await Runner(CreatesVillageCount, later).RunAsync(database.DataSource, CancellationToken.None);

        var error = await Assert.ThrowsAsync<MigrationException>(
            () => Runner(CreatesVillageCount).RunAsync(database.DataSource, CancellationToken.None));

        Assert.Contains("0002_later.sql", error.Message, StringComparison.Ordinal);
        Assert.Contains("newer GeoRelief", error.Message, StringComparison.Ordinal);
    }

    [DatabaseFact]
    public async Task Runs_started_at_the_same_time_apply_each_migration_once()
    {
        await using var database = await TestDatabase.CreateAsync(migrate: false);

        var runs = await Task.WhenAll(Enumerable.Range(0, 3).Select(
            _ => Runner(CreatesVillageCount).RunAsync(database.DataSource, CancellationToken.None)));

        Assert.Equal(1, runs.Sum(applied => applied.Count));
        Assert.Equal(["0001_village_count.sql"], await ReadRecordsAsync(database.DataSource));
    }

    private static async Task<List<(string Name, string Checksum, DateTime AppliedAt)>> ReadRowsAsync(NpgsqlDataSource dataSource)
    {
        var rows = new List<(string, string, DateTime)>();
        await using var command = dataSource.CreateCommand(
            "SELECT name, checksum, applied_at FROM georelief_meta.schema_migration ORDER BY version");
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetString(0), reader.GetString(1), reader.GetDateTime(2)));
        }

        return rows;
    }

    private static async Task<List<string>> ReadRecordsAsync(NpgsqlDataSource dataSource) =>
        (await ReadRowsAsync(dataSource)).Select(r => r.Name).ToList();

    private static async Task<bool> TableExistsAsync(NpgsqlDataSource dataSource, string table) =>
        await ScalarAsync<bool>(dataSource, $"SELECT to_regclass('{table}') IS NOT NULL");

    private static async Task<T> ScalarAsync<T>(NpgsqlDataSource dataSource, string sql)
    {
        await using var command = dataSource.CreateCommand(sql);
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
