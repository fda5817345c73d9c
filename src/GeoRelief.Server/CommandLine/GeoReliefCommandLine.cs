using System.CommandLine;

namespace GeoRelief.Server.CommandLine;

/// <summary>The <c>georelief</c> command: its verbs, and how it is invoked.</summary>
public static class GeoReliefCommandLine
{
    /// <summary>Builds the root command with every verb; with no verb it serves.</summary>
    public static RootCommand Create()
    {
        var root = new RootCommand("GeoRelief: geospatial analytics for rural poverty-relief planning.")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        root.Options.Add(GlobalOptions.Db);
        root.Options.Add(GlobalOptions.Home);
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(DbCommand.Create());
        root.Subcommands.Add(SampleCommand.Create());
        root.Subcommands.Add(AnalyzeCommand.Create());
        root.Subcommands.Add(TokenCommand.Create());
        root.Subcommands.Add(SitingCommand.Create());
        root.Subcommands.Add(TilesCommand.Create());
        root.SetAction(ServeCommand.RunAsync);
        return root;
    }

    /// <summary>Parses and runs; returns the process exit code.</summary>
    public static Task<int> InvokeAsync(string[] args)
    {
        // The web host handles Ctrl+C and SIGTERM itself (a graceful stop that also stops the embedded
        // database); the other verbs register their own handlers where they hold a cluster.
        var invocation = new InvocationConfiguration { ProcessTerminationTimeout = null };
        return Create().Parse(args).InvokeAsync(invocation);
    }
}
