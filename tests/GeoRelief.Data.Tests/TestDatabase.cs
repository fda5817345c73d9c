using Npgsql;

namespace GeoRelief.Data.Tests;

/// <summary>
/// A fresh database of its own for one test, on the run's test server (<see cref="TestPostgres"/>), with PostGIS,
/// postgis_raster and pgRouting (when available) installed; dropped on dispose.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string _serverConnectionString;

    private TestDatabase(string serverConnectionString, string name)
    {
        _serverConnectionString = serverConnectionString;
        Name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = name }.ConnectionString;
        DataSource = NpgsqlDataSource.Create(ConnectionString);
    }

    /// <summary>The database's name (unique per test).</summary>
    public string Name { get; }

    /// <summary>A connection string to the database (as a superuser of the test server).</summary>
    public string ConnectionString { get; }

    /// <summary>A data source for the database.</summary>
    public NpgsqlDataSource DataSource { get; }

    /// <summary>
    /// Creates a database with GeoRelief's extensions; with <paramref name="migrate"/> every embedded migration is
    /// applied too, otherwise the schema is empty.
    /// </summary>
    public static async Task<TestDatabase> CreateAsync(bool migrate, CancellationToken cancellationToken = default)
    {
        var server = await TestPostgres.GetServerConnectionStringAsync(cancellationToken);
        var template = await TestPostgres.GetTemplateAsync(migrate, cancellationToken);
        var name = "georelief_test_" + Guid.NewGuid().ToString("N")[..16];
        await ExecuteOnServerAsync(server, $"CREATE DATABASE \"{name}\" TEMPLATE \"{template}\"", cancellationToken);
        return new TestDatabase(server, name);
    }

    /// <summary>A name for a database that does not exist yet on the test server (the caller creates and drops it).</summary>
    public static string NewDatabaseName() => "georelief_test_" + Guid.NewGuid().ToString("N")[..16];

    /// <summary>Drops a database of the test server if it exists, closing its connections first.</summary>
    public static async Task DropAsync(string name, CancellationToken cancellationToken = default)
    {
        var server = await TestPostgres.GetServerConnectionStringAsync(cancellationToken);
        await ExecuteOnServerAsync(server, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", cancellationToken);
    }

    /// <summary>Drops the database.</summary>
    public async ValueTask DisposeAsync()
    {
        await DataSource.DisposeAsync();
        await ExecuteOnServerAsync(_serverConnectionString, $"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", CancellationToken.None);
    }

    private static async Task ExecuteOnServerAsync(string server, string sql, CancellationToken cancellationToken)
    {
        var admin = new NpgsqlConnectionStringBuilder(server) { Pooling = false };
        await using var connection = new NpgsqlConnection(admin.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
