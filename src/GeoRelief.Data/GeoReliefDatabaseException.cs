namespace GeoRelief.Data;

/// <summary>The database cannot serve GeoRelief (too old, PostGIS missing, unreachable); the message says what to install or fix.</summary>
public sealed class GeoReliefDatabaseException : Exception
{
    /// <summary>Creates the exception with no message.</summary>
    public GeoReliefDatabaseException()
    {
    }

    /// <summary>Creates the exception with a message that says what to install or fix.</summary>
    public GeoReliefDatabaseException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the failure that caused it.</summary>
    public GeoReliefDatabaseException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
