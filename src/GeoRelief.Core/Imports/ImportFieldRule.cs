namespace GeoRelief.Core.Imports;

/// <summary>
/// What an imported attribute must satisfy: the import-side view of one catalogued field (GeoRelief.Data's layer
/// catalogue builds these; nothing here restates its facts).
/// </summary>
/// <param name="Column">The target column, also the canonical header.</param>
/// <param name="Aliases">Other accepted headers (Chinese and English).</param>
/// <param name="AtMost">Column of the same row this value may not exceed.</param>
/// <param name="IsAdminCode">The value is an NBS division code and is checked as one.</param>
public sealed record ImportFieldRule(
    string Column,
    ImportValueKind Kind,
    bool Required,
    double? Minimum,
    double? Maximum,
    IReadOnlyList<string>? AllowedValues,
    IReadOnlyList<string> Aliases,
    string? AtMost,
    bool IsAdminCode);
