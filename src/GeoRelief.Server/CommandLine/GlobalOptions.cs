using System.CommandLine;

namespace GeoRelief.Server.CommandLine;

/// <summary>Options every verb accepts; each overrides its <c>GEORELIEF_*</c> environment variable.</summary>
public static class GlobalOptions
{
    public static Option<string?> Db { get; } = new("--db")
    {
        Description = "Connection string of an existing PostgreSQL/PostGIS server (GEORELIEF_DB). Without it GeoRelief runs its own.",
        Recursive = true,
    };

    public static Option<string?> Home { get; } = new("--home")
    {
        Description = "Directory for the embedded database and secrets (GEORELIEF_HOME, default ./.georelief).",
        Recursive = true,
    };

    /// <summary>The configuration keys the parsed options set, for <see cref="Hosting.GeoReliefConfiguration"/>.</summary>
    public static Dictionary<string, string?> Overrides(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        var overrides = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        if (parseResult.GetValue(Db) is { } db)
        {
            overrides[nameof(Hosting.GeoReliefOptions.Db)] = db;
        }

        if (parseResult.GetValue(Home) is { } home)
        {
            overrides[nameof(Hosting.GeoReliefOptions.Home)] = home;
        }

        return overrides;
    }
}
