namespace GeoRelief.Data.Cluster;

/// <summary>The embedded cluster could not be created, started or stopped; the message says why and what to do.</summary>
public sealed class EmbeddedClusterException : Exception
{
    /// <summary>Creates the exception with no message.</summary>
    public EmbeddedClusterException()
    {
    }

    /// <summary>Creates the exception with a message that says what failed and what to do.</summary>
    public EmbeddedClusterException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the failure that caused it.</summary>
    public EmbeddedClusterException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
