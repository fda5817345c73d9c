namespace GeoRelief.Data.Terrain;

/// <summary>An elevation file that cannot be imported: the message says what is wrong with it and what to do.</summary>
public sealed class DemImportException : Exception
{
    public DemImportException()
    {
    }

    public DemImportException(string message)
        : base(message)
    {
    }

    public DemImportException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
