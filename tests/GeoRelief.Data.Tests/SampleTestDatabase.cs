namespace GeoRelief.Data.Tests;

/// <summary>A migrated test database shared by the tests of one class (xunit class fixture).</summary>
public sealed class SampleTestDatabase : IAsyncLifetime
{
    private TestDatabase? _database;

    public Npgsql.NpgsqlDataSource DataSource => (_database ?? throw new InvalidOperationException("The fixture has not been initialised.")).DataSource;

    public async Task InitializeAsync()
    {
        if (TestPostgres.IsContinuousIntegration || TestPostgres.UnavailableReason is null)
        {
            _database = await TestDatabase.CreateAsync(migrate: true);
        }
    }

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    /// <summary>Rows in a table of the georelief schema (test-only: the name comes from the test itself).</summary>
    public async Task<long> CountAsync(string table)
    {
        await using var command = DataSource.CreateCommand($"SELECT count(*) FROM georelief.\"{table.Replace("\"", "\"\"", StringComparison.Ordinal)}\"");
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
