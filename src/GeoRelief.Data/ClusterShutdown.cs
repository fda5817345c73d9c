namespace GeoRelief.Data;

/// <summary>
/// What stopping GeoRelief does with the embedded cluster. Whatever the choice, a cluster that another process still
/// uses (a second server on the same home, a command, psql) is left running: the last one out stops it.
/// </summary>
public enum ClusterShutdown
{
    /// <summary>Stop it, whether this process started it or found it running (the server).</summary>
    Stop,

    /// <summary>Stop it only when this process started it (a command: a cluster running before it stays up).</summary>
    StopIfStartedHere,

    /// <summary>Leave it running (<c>georelief db start</c>).</summary>
    LeaveRunning,
}
