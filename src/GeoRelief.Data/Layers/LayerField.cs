namespace GeoRelief.Data.Layers;

/// <summary>
/// One attribute of a layer: its column (also its name in GeoJSON properties and CSV headers), type, whether it
/// is required, its allowed range or values, and the column headers planners' files use for it.
/// </summary>
/// <param name="Column">The database column; whitelisted here, so SQL built from it is safe to quote.</param>
/// <param name="Aliases">Other headers accepted on import, Chinese and English (matched ignoring case, spaces, '_' and '-').</param>
/// <param name="AllowedValues">For enumerations: the codes the database accepts.</param>
/// <param name="Located">Set by linkage from the feature's location, never taken from input.</param>
/// <param name="AtMost">Column of another attribute of the same layer this one may not exceed (poor ≤ population).</param>
public sealed record LayerField(
    string Column,
    FieldType Type,
    string Description,
    bool Required = false,
    double? Minimum = null,
    double? Maximum = null,
    IReadOnlyList<string>? AllowedValues = null,
    IReadOnlyList<string>? Aliases = null,
    bool Located = false,
    string? AtMost = null)
{
    /// <summary>The name in JSON API bodies: the column in camelCase (<c>poor_population</c> → <c>poorPopulation</c>).</summary>
    public string ApiName { get; } = CamelCase(Column);

    private static string CamelCase(string column)
    {
        var parts = column.Split('_');
        return parts[0] + string.Concat(parts.Skip(1).Select(p => char.ToUpperInvariant(p[0]) + p[1..]));
    }
}
