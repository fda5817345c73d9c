namespace GeoRelief.Data.Cluster;

/// <summary>What <c>georelief db status</c> reports about the embedded cluster.</summary>
/// <param name="Home">GeoRelief's home directory (absolute).</param>
/// <param name="DataDirectory">The cluster's data directory (absolute).</param>
/// <param name="Initialized">True once initdb has created the data directory.</param>
/// <param name="Running">True when a postmaster of this data directory is alive.</param>
/// <param name="ProcessId">The postmaster's process id when running.</param>
/// <param name="Port">The TCP port on 127.0.0.1: the live one when running, else the last one used.</param>
/// <param name="ServerState">The postmaster's own state when running ("ready", "starting", "stopping").</param>
/// <param name="ServerLogFile">The server's log file.</param>
public sealed record EmbeddedClusterStatus(
    string Home,
    string DataDirectory,
    bool Initialized,
    bool Running,
    int? ProcessId,
    int? Port,
    string? ServerState,
    string ServerLogFile);
