namespace GeoRelief.Data.Cluster;

/// <summary>Where and how GeoRelief runs its own PostgreSQL + PostGIS cluster when no connection string is given.</summary>
public sealed class EmbeddedClusterOptions
{
    /// <summary>The environment variable users set for <see cref="Home"/>, named in advice.</summary>
    public const string HomeEnvironmentVariable = "GEORELIEF_HOME";

    /// <summary>Environment variable naming the directory of PostgreSQL's programs, when discovery is not wanted.</summary>
    public const string BinDirectoryEnvironmentVariable = "GEORELIEF_PG_BIN";

    /// <summary>GeoRelief's home directory (the server maps <c>--home</c> and <c>GEORELIEF_HOME</c> here).</summary>
    public string Home { get; set; } = ".georelief";

    /// <summary>Directory holding initdb, pg_ctl and postgres; null finds it with <c>pg_config --bindir</c>.</summary>
    public string? BinDirectory { get; set; } = Environment.GetEnvironmentVariable(BinDirectoryEnvironmentVariable) is { Length: > 0 } bin
        ? bin
        : null;

    /// <summary>The database superuser the cluster is created with.</summary>
    public string SuperuserName { get; set; } = "georelief";

    /// <summary>The unprivileged OS user the cluster runs as when GeoRelief runs as root (PostgreSQL refuses root).</summary>
    public string ServiceUser { get; set; } = "postgres";

    /// <summary>How long pg_ctl waits for the server to start or stop.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(60);
}
