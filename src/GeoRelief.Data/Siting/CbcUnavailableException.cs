namespace GeoRelief.Data.Siting;

/// <summary>The CBC solver could not be run.</summary>
public sealed class CbcUnavailableException : Exception
{
    public CbcUnavailableException()
    {
    }

    public CbcUnavailableException(string message)
        : base(message)
    {
    }

    public CbcUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
