namespace GeoRelief.Data.Imports;

/// <summary>
/// The import would write features outside the unit the token is scoped to: nothing was written (the whole import
/// was rolled back, its batch included).
/// </summary>
public sealed class ImportScopeException : Exception
{
    public ImportScopeException()
    {
    }

    public ImportScopeException(string message)
        : base(message)
    {
    }

    public ImportScopeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The code of the unit the token may write within.</summary>
    public string Within { get; init; } = string.Empty;

    /// <summary>How many rows lie outside.</summary>
    public long OutsideRows { get; init; }

    /// <summary>The first rows outside (at most <see cref="FeatureImporter.ScopeViolationLimit"/>).</summary>
    public IReadOnlyList<ImportScopeViolation> Violations { get; init; } = [];

    /// <summary>The bounding box of the rows outside (minLon, minLat, maxLon, maxLat); null for a layer without geometry.</summary>
    public IReadOnlyList<double>? Extent { get; init; }
}
