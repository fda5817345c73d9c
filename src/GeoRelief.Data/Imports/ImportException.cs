namespace GeoRelief.Data.Imports;

/// <summary>An import request that cannot even start (unknown layer for import, unknown CRS or encoding); the message says what to do.</summary>
public sealed class ImportException : Exception
{
    public ImportException()
    {
    }

    public ImportException(string message)
        : base(message)
    {
    }

    public ImportException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The option or parameter at fault (layer, crs, encoding, file).</summary>
    public string? Parameter { get; init; }
}
