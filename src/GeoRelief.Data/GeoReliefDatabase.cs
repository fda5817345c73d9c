using GeoRelief.Data.Sql;
using GeoRelief.Data.Cluster;
using GeoRelief.Data.Internal;
using GeoRelief.Data.Migrations;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace GeoRelief.Data;

/// <summary>
/// GeoRelief's database, made ready at start: runs the embedded cluster when no connection string is given,
/// creates the database when missing, checks PostgreSQL ≥ 15 and PostGIS ≥ 3.3, installs the extensions, applies
/// migrations and then offers an <see cref="NpgsqlDataSource"/>. Usable as a hosted service and from command-line verbs.
/// </summary>
public sealed partial class GeoReliefDatabase : IHostedService, IAsyncDisposable
{
    private readonly DatabaseOptions _options;
    private readonly ILoggerFactory _loggerFactory;
    private readonly ILogger<GeoReliefDatabase> _logger;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private NpgsqlDataSource? _dataSource;
    private GeoReliefDatabaseVersions? _versions;
    private string? _connectionString;
    private bool _runsEmbeddedCluster;
    private bool _disposed;

    private static readonly string OwnApplicationName = "georelief " + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Creates the database handle; nothing connects until <see cref="StartAsync"/>.</summary>
    public GeoReliefDatabase(DatabaseOptions options, ILoggerFactory loggerFactory)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(loggerFactory);
        _options = options;
        _loggerFactory = loggerFactory;
        _logger = loggerFactory.CreateLogger<GeoReliefDatabase>();
    }

    /// <summary>True between a successful <see cref="StartAsync"/> and <see cref="StopAsync"/>.</summary>
    public bool IsStarted => _dataSource is not null;

    /// <summary>The data source of GeoRelief's database; available once started.</summary>
    public NpgsqlDataSource DataSource => _dataSource ?? throw NotStarted();

    /// <summary>The PostgreSQL, PostGIS and pgRouting versions found at start.</summary>
    public GeoReliefDatabaseVersions Versions => _versions ?? throw NotStarted();

    /// <summary>The connection string of GeoRelief's database (it carries the password: never log it).</summary>
    public string ConnectionString => _connectionString ?? throw NotStarted();

    /// <summary>The embedded cluster, when GeoRelief runs its own; null when it uses an existing server.</summary>
    public EmbeddedCluster? Cluster { get; private set; }

    /// <summary>Makes the database ready: cluster, database, version checks, extensions, migrations.</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_dataSource is not null)
            {
                return;
            }

            var serverConnectionString = await ResolveServerAsync(cancellationToken);
            try
            {
                await ConnectAsync(serverConnectionString, cancellationToken);
            }
            catch when (_runsEmbeddedCluster)
            {
                // A host whose start fails does not call StopAsync: leave no orphan server behind.
                await StopClusterUnlessInUseAsync(serverConnectionString, CancellationToken.None);
                throw;
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Closes the data source and, when this instance runs the embedded cluster, does with it what
    /// <see cref="DatabaseOptions.ClusterShutdown"/> says, unless another process still uses it.
    /// </summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        // A host may be stopped again after it was disposed (WebApplicationFactory's Dispose after DisposeAsync):
        // by then everything is already stopped.
        if (_disposed)
        {
            return;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_dataSource is not null)
            {
                await _dataSource.DisposeAsync();
                _dataSource = null;
            }

            if (_runsEmbeddedCluster)
            {
                await StopClusterUnlessInUseAsync(_connectionString, cancellationToken);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Same as <see cref="StopAsync"/> without cancellation.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        await StopAsync(CancellationToken.None);
        _disposed = true;
        _gate.Dispose();
    }

    /// <summary>
    /// Stops the embedded cluster as <see cref="DatabaseOptions.ClusterShutdown"/> says, unless other client sessions use
    /// it: another GeoRelief server or command on the same home, psql. The last one out stops it; a server that could not
    /// start (its port taken, a newer migration) no longer pulls the database from under the one already serving.
    /// </summary>
    private async Task StopClusterUnlessInUseAsync(string? connectionString, CancellationToken cancellationToken)
    {
        _runsEmbeddedCluster = false;
        if (_options.ClusterShutdown == ClusterShutdown.LeaveRunning
            || (_options.ClusterShutdown == ClusterShutdown.StopIfStartedHere && Cluster!.AdoptedRunningServer))
        {
            return;
        }

        if (connectionString is not null && await OtherSessionsAsync(connectionString, cancellationToken) is var others and > 0)
        {
            LogLeftRunning(others, Cluster!.DataDirectory);
            return;
        }

        await Cluster!.StopAsync(cancellationToken);
    }

    /// <summary>How many client sessions of other processes use the cluster; 0 when it cannot be asked (then nobody can use it).</summary>
    private static async Task<long> OtherSessionsAsync(string connectionString, CancellationToken cancellationToken)
    {
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, ApplicationName = OwnApplicationName };
            await using var connection = new NpgsqlConnection(builder.ConnectionString);
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand(EmbeddedSql.Read("Internal/Sql/count_other_sessions.sql"), connection);
            command.Parameters.AddWithValue("own_application_name", OwnApplicationName);
            return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
        }
        catch (NpgsqlException)
        {
            return 0;
        }
    }

    private static InvalidOperationException NotStarted() =>
        new("The GeoRelief database is not started: call StartAsync first (the host does this at start-up).");

    private async Task ConnectAsync(string serverConnectionString, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnectionStringBuilder(serverConnectionString);
        if (_options.UsesEmbeddedCluster || string.IsNullOrEmpty(connection.Database))
        {
            connection.Database = _options.DatabaseName;
        }

        // On the embedded cluster each process names its sessions and keeps at least one open (the pool would close idle
        // ones after five minutes), so that another process on the same home can tell at shutdown that it is still in
        // use (StopClusterUnlessInUseAsync).
        connection.ApplicationName = _options.UsesEmbeddedCluster ? OwnApplicationName : connection.ApplicationName ?? "georelief";
        if (_options.UsesEmbeddedCluster)
        {
            connection.MinPoolSize = Math.Max(connection.MinPoolSize, 1);
        }
        LogUsingDatabase(connection.Database!, connection.Host ?? "(default host)", connection.Port);
        await EnsureDatabaseExistsAsync(connection, cancellationToken);

        var dataSource = new NpgsqlDataSourceBuilder(connection.ConnectionString).UseLoggerFactory(_loggerFactory).Build();
        try
        {
            var versions = await PrepareAsync(dataSource, cancellationToken);
            _connectionString = connection.ConnectionString;
            _versions = versions;
            _dataSource = dataSource;
        }
        catch
        {
            await dataSource.DisposeAsync();
            throw;
        }
    }

    private async Task<string> ResolveServerAsync(CancellationToken cancellationToken)
    {
        if (!_options.UsesEmbeddedCluster)
        {
            return _options.ConnectionString!;
        }

        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException(
                $"The embedded PostgreSQL cluster runs on Linux; set {DatabaseOptions.ConnectionStringEnvironmentVariable} to an existing PostGIS server.");
        }

        Cluster ??= new EmbeddedCluster(_options.Embedded, _loggerFactory.CreateLogger<EmbeddedCluster>());
        var connectionString = await Cluster.StartAsync(cancellationToken);
        _runsEmbeddedCluster = true;
        return connectionString;
    }

    private async Task EnsureDatabaseExistsAsync(NpgsqlConnectionStringBuilder connection, CancellationToken cancellationToken)
    {
        var probe = new NpgsqlConnectionStringBuilder(connection.ConnectionString) { Pooling = false };
        try
        {
            await using var existing = new NpgsqlConnection(probe.ConnectionString);
            await existing.OpenAsync(cancellationToken);
            return;
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InvalidCatalogName)
        {
            LogCreatingDatabase(connection.Database!);
        }
        catch (NpgsqlException e) when (e is not PostgresException)
        {
            throw new GeoReliefDatabaseException(
                $"Cannot reach the PostgreSQL server at {connection.Host}:{connection.Port}: {e.Message}", e);
        }

        probe.Database = EmbeddedCluster.MaintenanceDatabase;
        await using var maintenance = new NpgsqlConnection(probe.ConnectionString);
        await maintenance.OpenAsync(cancellationToken);
        // CREATE DATABASE takes no parameters; the name passes through the one quoting helper.
        await using var create = new NpgsqlCommand("CREATE DATABASE " + SqlIdentifier.Quote(connection.Database!), maintenance);
        try
        {
            await create.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.DuplicateDatabase)
        {
            // Another GeoRelief process created it first.
        }
    }

    private async Task<GeoReliefDatabaseVersions> PrepareAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        var capabilities = await ReadCapabilitiesAsync(dataSource, cancellationToken);
        GeoReliefDatabaseRequirements.EnsureMet(capabilities);

        await ExecuteInTransactionAsync(dataSource, "create_postgis_extensions.sql", cancellationToken);
        if (GeoReliefDatabaseRequirements.DescribeMissingPgRouting(capabilities) is { } missingRouting)
        {
            LogPgRoutingMissing(missingRouting);
        }
        else
        {
            await ExecuteInTransactionAsync(dataSource, "create_pgrouting_extension.sql", cancellationToken);
        }

        var versions = await ReadInstalledVersionsAsync(dataSource, capabilities, cancellationToken);
        LogVersions(versions.PostgreSql, versions.PostGis, versions.PgRouting ?? "not installed");
        if (_options.ApplyMigrations)
        {
            await new MigrationRunner(_loggerFactory.CreateLogger<MigrationRunner>()).RunAsync(dataSource, cancellationToken);
        }

        return versions;
    }

    private static async Task<GeoReliefDatabaseVersions> ReadInstalledVersionsAsync(
        NpgsqlDataSource dataSource, GeoReliefDatabaseCapabilities capabilities, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(EmbeddedSql.Read("Internal/Sql/select_installed_extensions.sql"));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return new GeoReliefDatabaseVersions(
            capabilities.ShortServerVersion,
            reader.GetString(0),
            reader.IsDBNull(1) ? null : reader.GetString(1));
    }

    private static async Task<GeoReliefDatabaseCapabilities> ReadCapabilitiesAsync(
        NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(EmbeddedSql.Read("Internal/Sql/select_server_capabilities.sql"));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        string? Text(int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
        return new GeoReliefDatabaseCapabilities(reader.GetInt32(0), reader.GetString(1), Text(2), Text(3), Text(4));
    }

    private static async Task ExecuteInTransactionAsync(NpgsqlDataSource dataSource, string queryFile, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var command = new NpgsqlCommand(EmbeddedSql.Read("Internal/Sql/" + queryFile), connection, transaction))
        {
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Using database {Database} on {Host}:{Port}")]
    private partial void LogUsingDatabase(string database, string host, int port);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Information, Message = "Creating database {Database}")]
    private partial void LogCreatingDatabase(string database);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Information, Message = "PostgreSQL {PostgreSql}, PostGIS {PostGis}, pgRouting {PgRouting}")]
    private partial void LogVersions(string postgreSql, string postGis, string pgRouting);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Warning, Message = "{Advice}")]
    private partial void LogPgRoutingMissing(string advice);

    [LoggerMessage(EventId = 3005, Level = LogLevel.Information, Message = "Left the embedded PostgreSQL server in {DataDirectory} running: {Sessions} other sessions use it (another GeoRelief on this home, psql). Stop it with georelief db stop.")]
    private partial void LogLeftRunning(long sessions, string dataDirectory);
}
