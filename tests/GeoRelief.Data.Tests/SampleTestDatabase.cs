using GeoRelief.Data.Sample;
using Npgsql;

namespace GeoRelief.Data.Tests;

/// <summary>
/// A fresh database per test class on the server named by GEORELIEF_TEST_DB, with PostGIS, postgis_raster
/// and the embedded storage-model migration applied; dropped afterwards. Stands in until the shared
/// TestDatabase fixture exists.
/// </summary>
public sealed class SampleTestDatabase : IAsyncLifetime
{
    public const string EnvironmentVariable = "GEORELIEF_TEST_DB";
    private const string MigrationResource = "GeoRelief.Data.Migrations.Sql.0001_storage_model.sql";

    private readonly string _name = $"georelief_sample_{Guid.NewGuid():N}"[..32];
    private NpgsqlDataSource? _dataSource;

    public static bool IsConfigured => !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(EnvironmentVariable));

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public NpgsqlDataSource DataSource => _dataSource ?? throw new InvalidOperationException($"No test database: set {EnvironmentVariable}.");

    public async Task InitializeAsync()
    {
        if (!IsConfigured)
        {
            if (IsCi)
            {
                throw new InvalidOperationException($"CI=true but {EnvironmentVariable} is not set: the PostGIS tests cannot run.");
            }

            return;
        }

        await using (var server = NpgsqlDataSource.Create(ServerConnectionString))
        await using (var create = server.CreateCommand($"CREATE DATABASE {Quote(_name)}"))
        {
            await create.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = _name };
        _dataSource = NpgsqlDataSource.Create(builder.ConnectionString);
        await using var setUp = _dataSource.CreateCommand($"CREATE EXTENSION postgis; CREATE EXTENSION postgis_raster; {ReadMigration()}");
        await setUp.ExecuteNonQueryAsync();
    }

    public async Task DisposeAsync()
    {
        if (_dataSource is null)
        {
            return;
        }

        await _dataSource.DisposeAsync();
        await using var server = NpgsqlDataSource.Create(ServerConnectionString);
        await using var drop = server.CreateCommand($"DROP DATABASE IF EXISTS {Quote(_name)} WITH (FORCE)");
        await drop.ExecuteNonQueryAsync();
    }

    public async Task<long> CountAsync(string table)
    {
        await using var command = DataSource.CreateCommand($"SELECT count(*) FROM georelief.{Quote(table)}");
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static string ServerConnectionString => Environment.GetEnvironmentVariable(EnvironmentVariable)!;

    private static string Quote(string identifier) => $"\"{identifier.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";

    private static string ReadMigration()
    {
        var assembly = typeof(SampleLoader).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.Replace('/', '.') == MigrationResource);
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
