using System.Text.Json.Serialization;

namespace GeoRelief.Core.Imports;

/// <summary>Whether a problem rejects its row or is reported only.</summary>
[JsonConverter(typeof(ImportSeverityJsonConverter))]
public enum ImportSeverity
{
    /// <summary>The row cannot be imported as it is.</summary>
    Error,

    /// <summary>The row is imported; the report says what to check (declared code disagrees with the location, a repair).</summary>
    Warning,
}
