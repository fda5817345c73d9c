using GeoRelief.Data.Cluster;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace GeoRelief.Data.Tests;

/// <summary>
/// The PostgreSQL server every database test of this test run uses: <c>$GEORELIEF_TEST_DB</c> when set, else one
/// embedded cluster under a temporary <c>GEORELIEF_HOME</c>, started on first use and stopped when the run ends.
/// Locally, tests skip when neither is available; with <c>CI=true</c> they fail instead.
/// </summary>
public static class TestPostgres
{
    /// <summary>Environment variable with a connection string to a server where tests may create databases.</summary>
    public const string ConnectionStringEnvironmentVariable = "GEORELIEF_TEST_DB";

    private static readonly Lazy<PostgresInstallation?> Installation = new(
        () => PostgresInstallation.TryLocateAsync(CancellationToken.None).GetAwaiter().GetResult());

    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static readonly Dictionary<bool, string> Templates = [];
    private static readonly string RunId = Guid.NewGuid().ToString("N")[..8];
    private static readonly Lock ShutdownLock = new();
    private static string? _serverConnectionString;
    private static EmbeddedCluster? _cluster;
    private static Task? _shutdown;

    /// <summary>True when the CI environment variable says this is a CI run: missing PostGIS then fails tests.</summary>
    public static bool IsContinuousIntegration =>
        string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Why database tests cannot run here, or null when they can (a server or PostgreSQL's programs are available).</summary>
    public static string? UnavailableReason =>
        !string.IsNullOrEmpty(Environment.GetEnvironmentVariable(ConnectionStringEnvironmentVariable)) ? null : ClusterUnavailableReason;

    /// <summary>Why embedded-cluster tests cannot run here (no PostgreSQL ≥ 15 programs), or null when they can.</summary>
    public static string? ClusterUnavailableReason => Installation.Value is null
        ? $"No PostgreSQL {PostgresInstallation.MinimumMajorVersion}+ server programs found: install postgresql-15 and postgresql-15-postgis-3, "
          + $"or set {ConnectionStringEnvironmentVariable} (with CI=true these tests fail instead of skipping)."
        : null;

    /// <summary>Connection string to the test server's maintenance database, starting the shared embedded cluster if needed.</summary>
    public static async Task<string> GetServerConnectionStringAsync(CancellationToken cancellationToken)
    {
        await Gate.WaitAsync(cancellationToken);
        try
        {
            return _serverConnectionString ??= await ConnectAsync(cancellationToken);
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>
    /// The name of a template database with GeoRelief's extensions (and, with <paramref name="migrated"/>, every
    /// embedded migration), made once per test run so that each test database is a quick copy.
    /// </summary>
    public static async Task<string> GetTemplateAsync(bool migrated, CancellationToken cancellationToken)
    {
        var server = await GetServerConnectionStringAsync(cancellationToken);
        await Gate.WaitAsync(cancellationToken);
        try
        {
            if (Templates.TryGetValue(migrated, out var existing))
            {
                return existing;
            }

            var name = $"georelief_test_{RunId}_{(migrated ? "migrated" : "base")}";
            var options = new DatabaseOptions
            {
                ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString,
                ApplyMigrations = migrated,
            };
            await using (var database = new GeoReliefDatabase(options, NullLoggerFactory.Instance))
            {
                await database.StartAsync(cancellationToken);
            }

            NpgsqlConnection.ClearAllPools();
            Templates[migrated] = name;
            return name;
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>
    /// Stops the shared embedded cluster and removes its files, or drops the templates on an external server.
    /// The test host may exit moments after the run ends, so the stop starts at once on the thread pool (pg_ctl
    /// finishes it even if the host is killed) and this waits for it as long as the host lets it.
    /// </summary>
    internal static void Shutdown()
    {
        lock (ShutdownLock)
        {
            _shutdown ??= Task.Run(StopAndRemoveAsync);
        }

        _shutdown.Wait(TimeSpan.FromSeconds(30));
    }

    private static async Task StopAndRemoveAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (_cluster is { } cluster)
        {
            await cluster.StopAsync(CancellationToken.None);
            Directory.Delete(cluster.Home, recursive: true);
        }
        else if (_serverConnectionString is { } server && Templates.Count > 0)
        {
            DropTemplates(server);
        }
    }

    private static async Task<string> ConnectAsync(CancellationToken cancellationToken)
    {
        // The test framework shuts the server down when the run ends; process exit is the fallback.
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Shutdown();
        if (Environment.GetEnvironmentVariable(ConnectionStringEnvironmentVariable) is { Length: > 0 } external)
        {
            return external;
        }

        if (ClusterUnavailableReason is { } reason)
        {
            throw new InvalidOperationException(
                (IsContinuousIntegration ? "CI=true, so database tests must run, but they cannot: " : string.Empty) + reason);
        }

        await TestHomes.RemoveAbandonedOnceAsync();
        _cluster = new EmbeddedCluster(new EmbeddedClusterOptions { Home = TestHomes.NewPath() }, NullLogger<EmbeddedCluster>.Instance);
        var connectionString = await _cluster.StartAsync(cancellationToken);
        TestHomes.Claim(_cluster.Home);
        return connectionString;
    }

    private static void DropTemplates(string server)
    {
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Pooling = false }.ConnectionString);
        connection.Open();
        foreach (var template in Templates.Values)
        {
            using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{template}\" WITH (FORCE)", connection);
            drop.ExecuteNonQuery();
        }
    }
}
