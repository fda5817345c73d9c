using System.CommandLine;
using System.Diagnostics;
using GeoRelief.Data;
using GeoRelief.Data.Cluster;
using Microsoft.Extensions.Logging.Abstractions;

namespace GeoRelief.Server.CommandLine;

/// <summary><c>georelief db start|stop|status|psql</c>: the embedded cluster on its own.</summary>
public static class DbCommand
{
    public static Command Create()
    {
        var db = new Command("db", "Manage the embedded PostgreSQL/PostGIS cluster.");
        db.Subcommands.Add(Verb("start", "Start the embedded cluster (creating it on first use), migrate it and leave it running.", StartAsync));
        db.Subcommands.Add(Verb("stop", "Stop the embedded cluster.", StopAsync));
        db.Subcommands.Add(Verb("status", "Say whether the embedded cluster exists and runs, and where.", StatusAsync));
        db.Subcommands.Add(Verb("psql", "Open psql on GeoRelief's database in the running embedded cluster.", PsqlAsync));
        return db;
    }

    private static Command Verb(string name, string description, Func<ParseResult, CancellationToken, Task<int>> action)
    {
        var command = new Command(name, description);
        command.SetAction(action);
        return command;
    }

    private static Task<int> StartAsync(ParseResult parseResult, CancellationToken cancellationToken) =>
        CommandDatabase.RunAsync(async () =>
        {
            if (RefuseExternal(parseResult) is { } refused)
            {
                return refused;
            }

            var options = CommandDatabase.Options(parseResult, ClusterShutdown.LeaveRunning);
            await using var database = new Data.GeoReliefDatabase(options, NullLoggerFactory.Instance);
            await database.StartAsync(cancellationToken);
            var status = database.Cluster!.GetStatus();
            Console.WriteLine($"PostgreSQL {database.Versions.PostgreSql} with PostGIS {database.Versions.PostGis} runs on 127.0.0.1:{status.Port} (data {status.DataDirectory}).");
            Console.WriteLine($"Password file: {database.Cluster.PasswordFile}. Stop it with 'georelief db stop'.");
            return 0;
        });

    private static Task<int> StopAsync(ParseResult parseResult, CancellationToken cancellationToken) =>
        CommandDatabase.RunAsync(async () =>
        {
            if (RefuseExternal(parseResult) is { } refused)
            {
                return refused;
            }

            var cluster = Cluster(parseResult);
            var wasRunning = cluster.GetStatus().Running;
            await cluster.StopAsync(cancellationToken);
            Console.WriteLine(wasRunning ? "The embedded cluster has stopped." : "The embedded cluster was not running.");
            return 0;
        });

    private static Task<int> StatusAsync(ParseResult parseResult, CancellationToken cancellationToken) =>
        CommandDatabase.RunAsync(() =>
        {
            var status = Cluster(parseResult).GetStatus();
            Console.WriteLine($"home:      {status.Home}");
            Console.WriteLine($"data:      {status.DataDirectory} ({(status.Initialized ? "initialised" : "not created yet")})");
            Console.WriteLine(status.Running
                ? $"running:   yes, pid {status.ProcessId}, 127.0.0.1:{status.Port}, {status.ServerState}"
                : "running:   no");
            Console.WriteLine($"log:       {status.ServerLogFile}");
            return Task.FromResult(status.Running ? 0 : 3);
        });

    private static Task<int> PsqlAsync(ParseResult parseResult, CancellationToken cancellationToken) =>
        CommandDatabase.RunAsync(async () =>
        {
            var options = CommandDatabase.Options(parseResult);
            var startInfo = await Cluster(parseResult).CreatePsqlStartInfoAsync(options.DatabaseName, cancellationToken);
            using var psql = Process.Start(startInfo)!;
            await psql.WaitForExitAsync(cancellationToken);
            return psql.ExitCode;
        });

    private static EmbeddedCluster Cluster(ParseResult parseResult) =>
        new(CommandDatabase.Options(parseResult).Embedded, NullLogger<EmbeddedCluster>.Instance);

    private static int? RefuseExternal(ParseResult parseResult)
    {
        if (CommandDatabase.Options(parseResult).UsesEmbeddedCluster)
        {
            return null;
        }

        Console.Error.WriteLine("georelief: 'db start' and 'db stop' manage the embedded cluster, but --db or GEORELIEF_DB names an external server; unset it to use the embedded one.");
        return 2;
    }
}
