using System.Text.Json;
using GeoRelief.Core.Imports;

namespace GeoRelief.Data.Imports.Internal;

/// <summary>Maps the named properties of a feature (GeoJSON, or a row ogr2ogr staged) to a layer's fields.</summary>
internal sealed class PropertyMapper(ImportHeaderMap map)
{
    private readonly Dictionary<string, ImportColumn> _columns = new(StringComparer.Ordinal);
    private readonly SortedSet<string> _ignored = new(StringComparer.Ordinal);

    public IReadOnlyList<ImportFieldRule> Rules => map.Rules;

    /// <summary>The field texts of a properties object; <paramref name="featureId"/> fills "id" when the properties lack it.</summary>
    public string?[] Map(JsonElement properties, string? featureId)
    {
        var values = new string?[map.Rules.Count];
        if (properties.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in properties.EnumerateObject())
            {
                if (!_columns.TryGetValue(property.Name, out var column))
                {
                    column = map.Map(property.Name);
                    _columns[property.Name] = column;
                }

                if (column.Role == ImportColumnRole.Field)
                {
                    values[column.FieldIndex] ??= Text(property.Value);
                }
                else
                {
                    _ignored.Add(property.Name);
                }
            }
        }

        if (featureId is not null)
        {
            for (var i = 0; i < values.Length; i++)
            {
                if (map.Rules[i].Column == "id")
                {
                    values[i] ??= featureId;
                }
            }
        }

        return values;
    }

    /// <summary>Report lines for properties that mapped to nothing.</summary>
    public void Finish(ICollection<ImportProblem> problems)
    {
        foreach (var name in _ignored)
        {
            problems.Add(IgnoredColumn(name));
        }
    }

    public static ImportProblem IgnoredColumn(string name) =>
        new(0, name, ImportProblemCodes.IgnoredColumn, $"The column '{name}' matches no attribute of the layer and was ignored.", name,
            "See docs/import.md for the accepted column names; rename the column if it should be imported.", ImportSeverity.Warning);

    public static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Array => string.Join(';', value.EnumerateArray().Select(e => Text(e) ?? string.Empty)),
        _ => value.GetRawText(),
    };

    public static string? FeatureId(JsonElement feature) =>
        feature.TryGetProperty("id", out var id) && id.ValueKind is JsonValueKind.String or JsonValueKind.Number
            ? (id.ValueKind == JsonValueKind.String ? id.GetString() : id.GetRawText())
            : null;
}
