using System.CommandLine;
using System.Runtime.InteropServices;
using GeoRelief.Data;
using GeoRelief.Data.Cluster;
using GeoRelief.Data.Migrations;
using GeoRelief.Server.Hosting;
using Microsoft.Extensions.Logging.Abstractions;

namespace GeoRelief.Server.CommandLine;

/// <summary>
/// The database for a command-line verb: the server named by --db/GEORELIEF_DB, or the embedded cluster — which
/// the verb stops again when it started it, and leaves running when a server was already using it.
/// </summary>
public sealed class CommandDatabase : IAsyncDisposable
{
    private readonly GeoReliefDatabase _database;
    private readonly CancellationTokenSource _interrupted;
    private readonly PosixSignalRegistration[] _signals;

    private CommandDatabase(GeoReliefDatabase database, CancellationTokenSource interrupted, PosixSignalRegistration[] signals)
    {
        _database = database;
        _interrupted = interrupted;
        _signals = signals;
    }

    /// <summary>The started database.</summary>
    public GeoReliefDatabase Database => _database;

    /// <summary>Cancelled by the caller's token, Ctrl+C or SIGTERM, so the verb can stop cleanly.</summary>
    public CancellationToken Interrupted => _interrupted.Token;

    /// <summary>
    /// The options a verb runs with: configuration, environment and command line, as for the server. A verb stops at its
    /// end only a cluster it started itself (<paramref name="shutdown"/>); <c>georelief db start</c> leaves it running.
    /// </summary>
    public static DatabaseOptions Options(ParseResult parseResult, ClusterShutdown shutdown = ClusterShutdown.StopIfStartedHere)
    {
        var options = GeoReliefConfiguration.Read(GlobalOptions.Overrides(parseResult));
        var database = new DatabaseOptions { ClusterShutdown = shutdown };
        database.ConnectionString = string.IsNullOrWhiteSpace(options.Db) ? null : options.Db;
        database.Embedded.Home = options.Home;
        return database;
    }

    /// <summary>Starts the database (cluster, checks, migrations) for a verb.</summary>
    public static async Task<CommandDatabase> OpenAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var interrupted = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        PosixSignalRegistration[] signals =
        [
            PosixSignalRegistration.Create(PosixSignal.SIGINT, Interrupt),
            PosixSignalRegistration.Create(PosixSignal.SIGTERM, Interrupt),
        ];
        var database = new GeoReliefDatabase(Options(parseResult), NullLoggerFactory.Instance);
        var opened = new CommandDatabase(database, interrupted, signals);
        try
        {
            await database.StartAsync(interrupted.Token);
            return opened;
        }
        catch
        {
            await opened.DisposeAsync();
            throw;
        }

        void Interrupt(PosixSignalContext context)
        {
            context.Cancel = true;
            interrupted.Cancel();
        }
    }

    /// <summary>Closes the data source and stops the cluster if this verb started it and nobody else uses it.</summary>
    public async ValueTask DisposeAsync()
    {
        await _database.DisposeAsync();

        foreach (var signal in _signals)
        {
            signal.Dispose();
        }

        _interrupted.Dispose();
    }

    /// <summary>Runs a verb's body, turning the errors a user can act on into a plain message and exit code 1.</summary>
    public static async Task<int> RunAsync(Func<Task<int>> body)
    {
        ArgumentNullException.ThrowIfNull(body);
        try
        {
            return await body();
        }
        catch (Exception e) when (e is GeoReliefDatabaseException or EmbeddedClusterException or MigrationException)
        {
            await Console.Error.WriteLineAsync("georelief: " + e.Message);
            return 1;
        }
        catch (OperationCanceledException)
        {
            await Console.Error.WriteLineAsync("georelief: interrupted; nothing was changed.");
            return 130;
        }
    }
}
