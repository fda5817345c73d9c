using GeoRelief.Data.Cluster;

namespace GeoRelief.Data;

/// <summary>Which PostgreSQL GeoRelief uses and how it prepares it at start (configuration section <c>Database</c>).</summary>
public sealed class DatabaseOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string SectionName = "Database";

    /// <summary>The environment variable users set for <see cref="ConnectionString"/>, named in advice.</summary>
    public const string ConnectionStringEnvironmentVariable = "GEORELIEF_DB";

    /// <summary>
    /// Npgsql/libpq-style connection string of an existing PostGIS server (the server maps <c>--db</c> and
    /// <c>GEORELIEF_DB</c> here). Null or empty runs the embedded cluster described by <see cref="Embedded"/>.
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>The database GeoRelief keeps its data in, created when missing, unless the connection string names one.</summary>
    public string DatabaseName { get; set; } = "georelief";

    /// <summary>Whether start-up applies pending schema migrations.</summary>
    public bool ApplyMigrations { get; set; } = true;

    /// <summary>What stopping GeoRelief does with the embedded cluster.</summary>
    public ClusterShutdown ClusterShutdown { get; set; } = ClusterShutdown.Stop;

    /// <summary>The embedded cluster, used when <see cref="ConnectionString"/> is empty.</summary>
    public EmbeddedClusterOptions Embedded { get; set; } = new();

    /// <summary>True when GeoRelief runs its own cluster rather than using an existing server.</summary>
    public bool UsesEmbeddedCluster => string.IsNullOrWhiteSpace(ConnectionString);
}
