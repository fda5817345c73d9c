using GeoRelief.Core.Imports;
using GeoRelief.Data.Layers;

namespace GeoRelief.Data.Imports;

/// <summary>
/// The import view of the layer catalogue: which layers take imports, and each layer's input fields as the rules
/// Core validates (every fact comes from <see cref="LayerCatalog"/>).
/// </summary>
public static class ImportLayers
{
    /// <summary>Layers that take imports: all but the administrative units, whose boundaries come with GeoRelief's divisions.</summary>
    public static IReadOnlyList<LayerDefinition> All { get; } = [.. LayerCatalog.All.Where(l => l != LayerCatalog.AdminUnits)];

    /// <summary>Their names, for messages.</summary>
    public static string Names { get; } = string.Join(", ", All.Select(l => l.Name));

    /// <summary>The importable layer named <paramref name="name"/>, or null.</summary>
    public static LayerDefinition? Find(string name) => All.FirstOrDefault(l => string.Equals(l.Name, name, StringComparison.Ordinal));

    /// <summary>The fields read from input files (those set by linkage are not).</summary>
    public static IReadOnlyList<LayerField> InputFields(LayerDefinition layer)
    {
        ArgumentNullException.ThrowIfNull(layer);
        return [.. layer.Fields.Where(f => !f.Located)];
    }

    /// <summary>The rules of <see cref="InputFields"/>, in the same order.</summary>
    public static IReadOnlyList<ImportFieldRule> Rules(LayerDefinition layer) =>
        [.. InputFields(layer).Select(f => new ImportFieldRule(
            f.Column,
            f.Type switch
            {
                FieldType.WholeNumber => ImportValueKind.WholeNumber,
                FieldType.Number => ImportValueKind.Number,
                FieldType.Date => ImportValueKind.Date,
                FieldType.TextArray => ImportValueKind.TextList,
                _ => ImportValueKind.Text,
            },
            f.Required,
            f.Minimum,
            f.Maximum,
            f.AllowedValues,
            f.Aliases ?? [],
            f.AtMost,
            IsAdminCode: f.Type == FieldType.Text && f.Column.EndsWith("_code", StringComparison.Ordinal)))];

    /// <summary>The PostgreSQL type of a field in the staging table.</summary>
    internal static string SqlType(FieldType type) => type switch
    {
        FieldType.WholeNumber => "integer",
        FieldType.Number => "numeric",
        FieldType.Date => "date",
        FieldType.TextArray => "text[]",
        _ => "text",
    };
}
