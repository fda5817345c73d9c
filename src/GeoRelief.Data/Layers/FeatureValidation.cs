using System.Globalization;
using System.Text.Json;
using GeoRelief.Core.Imports;
using Npgsql;

namespace GeoRelief.Data.Layers;

/// <summary>
/// Checks a feature sent to the API (a JSON object of the catalogue's API names plus <c>geometry</c> as GeoJSON)
/// against the layer catalogue — required attributes, types, ranges, allowed values, "at most" rules — and lets
/// PostGIS parse the geometry to check its type, coordinate system and place. Every problem is reported at once.
/// </summary>
public static class FeatureValidation
{
    /// <summary>The name of the geometry member in API bodies.</summary>
    public const string GeometryMember = "geometry";

    private const int Srid = 4490;

    /// <summary>
    /// Validates <paramref name="body"/>. <paramref name="urlKey"/> is the key from the URL of a PUT (the body may
    /// repeat it but not contradict it); null for a POST, whose body carries the key.
    /// </summary>
    public static async Task<FeatureValidationResult> ValidateAsync(NpgsqlDataSource dataSource, LayerDefinition layer, JsonElement body, LayerKey? urlKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        ArgumentNullException.ThrowIfNull(layer);
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        if (body.ValueKind != JsonValueKind.Object)
        {
            Add(errors, "body", $"The body must be a JSON object of the attributes of {layer.Name}, not {Describe(body)}.");
            return Result(null, errors);
        }

        var fields = layer.WritableFields;
        var known = layer.Fields.Select(f => f.ApiName).Append(GeometryMember).ToHashSet(StringComparer.Ordinal);
        foreach (var member in body.EnumerateObject().Where(m => !known.Contains(m.Name)))
        {
            Add(errors, member.Name, $"'{member.Name}' is not an attribute of {layer.Name}; its attributes are {string.Join(", ", fields.Select(f => f.ApiName))} and {GeometryMember}.");
        }

        var values = new object?[fields.Count];
        for (var i = 0; i < fields.Count; i++)
        {
            var field = fields[i];
            var present = body.TryGetProperty(field.ApiName, out var element) && element.ValueKind != JsonValueKind.Null;
            var keyIndex = IndexOf(layer.KeyColumns, field.Column);
            if (!present && keyIndex >= 0 && urlKey is not null)
            {
                values[i] = urlKey.Parts[keyIndex];
                continue;
            }

            if (!present)
            {
                if (field.Required)
                {
                    Add(errors, field.ApiName, $"'{field.ApiName}' is required: {field.Description}");
                }

                continue;
            }

            values[i] = ReadValue(field, element, errors);
            if (values[i] is not null && keyIndex >= 0 && urlKey is not null && !Equals(values[i], urlKey.Parts[keyIndex]))
            {
                Add(errors, field.ApiName, $"'{field.ApiName}' is {Format(values[i])} in the body but {Format(urlKey.Parts[keyIndex])} in the URL; a key cannot be changed: leave it out of the body or create a new feature with POST.");
            }
        }

        CheckAtMost(fields, values, errors);
        var geometry = await ReadGeometryAsync(dataSource, layer, body, errors, cancellationToken);
        if (errors.Count > 0)
        {
            return Result(null, errors);
        }

        var key = urlKey ?? LayerKey.FromParts([.. layer.KeyColumns.Select(k => values[IndexOf(fields.Select(f => f.Column).ToList(), k)]!)]);
        return Result(new FeatureInput(key, values, geometry), errors);
    }

    private static object? ReadValue(LayerField field, JsonElement element, Dictionary<string, List<string>> errors)
    {
        var name = field.ApiName;
        switch (field.Type)
        {
            case FieldType.Text:
                if (element.ValueKind != JsonValueKind.String)
                {
                    Add(errors, name, $"'{name}' must be text in quotes, not {Describe(element)}.");
                    return null;
                }

                var text = element.GetString()!;
                if (string.IsNullOrWhiteSpace(text) && field.Required)
                {
                    Add(errors, name, $"'{name}' is empty: {field.Description}");
                    return null;
                }

                if (ControlCharacterProblem(name, text) is { } control)
                {
                    Add(errors, name, control);
                    return null;
                }

                if (IsKeyLike(field) && text.Trim() != text)
                {
                    Add(errors, name, $"'{name}' is '{text}', with spaces at its start or end; ids are compared exactly, so the spaces would make it another feature: remove them.");
                    return null;
                }

                return CheckAllowed(field, text, errors) ? text : null;

            case FieldType.WholeNumber:
                if (element.ValueKind != JsonValueKind.Number || !element.TryGetInt64(out var whole) || whole > int.MaxValue || whole < int.MinValue)
                {
                    Add(errors, name, $"'{name}' must be a whole number up to {Number(int.MaxValue)}, not {Describe(element)}.");
                    return null;
                }

                if (!CheckRange(field, whole, field.Maximum, errors) || !CheckAllowed(field, whole.ToString(CultureInfo.InvariantCulture), errors))
                {
                    return null;
                }

                return (int)whole;

            case FieldType.Number:
                if (element.ValueKind != JsonValueKind.Number || !element.TryGetDecimal(out var number))
                {
                    Add(errors, name, $"'{name}' must be a number, not {Describe(element)}.");
                    return null;
                }

                return CheckRange(field, (double)number, field.Maximum, errors) ? number : null;

            case FieldType.Date:
                if (element.ValueKind != JsonValueKind.String
                    || !DateOnly.TryParseExact(element.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    Add(errors, name, $"'{name}' must be a date written yyyy-mm-dd (e.g. 2019-03-01), not {Describe(element)}.");
                    return null;
                }

                return date;

            case FieldType.TextArray:
                if (element.ValueKind != JsonValueKind.Array || element.EnumerateArray().Any(e => e.ValueKind != JsonValueKind.String))
                {
                    Add(errors, name, $"'{name}' must be a list of texts such as [\"school\", \"clinic\"], not {Describe(element)}.");
                    return null;
                }

                var texts = element.EnumerateArray().Select(e => e.GetString()!).ToArray();
                if (texts.Select(t => ControlCharacterProblem(name, t)).FirstOrDefault(p => p is not null) is { } listControl)
                {
                    Add(errors, name, listControl);
                    return null;
                }

                return texts;

            default:
                throw new InvalidOperationException($"The field type {field.Type} has no reader.");
        }
    }

    /// <summary>A message when <paramref name="text"/> holds a control character (<see cref="ControlCharacters"/>).</summary>
    private static string? ControlCharacterProblem(string name, string text) =>
        ControlCharacters.Problem(name, text) is { } problem ? problem + ": remove it (it comes from a copy out of another program, and no table or label shows it)." : null;

    /// <summary>Whether the field is an identifier (the layer key or an id naming another feature), compared exactly.</summary>
    private static bool IsKeyLike(LayerField field) => field.Column == "id" || field.Column.EndsWith("_id", StringComparison.Ordinal);

    private static bool CheckRange(LayerField field, double value, double? maximum, Dictionary<string, List<string>> errors)
    {
        var below = field.Minimum is { } min && value < min;
        var above = maximum is { } max && value > max;
        if (!below && !above)
        {
            return true;
        }

        var allowed = (field.Minimum, maximum) switch
        {
            ({ } low, { } high) => $"from {Number(low)} to {Number(high)}",
            ({ } low, null) => $"{Number(low)} or more",
            (null, { } high) => $"at most {Number(high)}",
            _ => string.Empty,
        };
        Add(errors, field.ApiName, $"'{field.ApiName}' is {Number(value)}, but it must be {allowed} ({field.Description.TrimEnd('.')}).");
        return false;
    }

    private static bool CheckAllowed(LayerField field, string value, Dictionary<string, List<string>> errors)
    {
        if (field.AllowedValues is null || field.AllowedValues.Contains(value, StringComparer.Ordinal))
        {
            return true;
        }

        Add(errors, field.ApiName, $"'{field.ApiName}' is '{value}', which is not allowed; use one of: {string.Join(", ", field.AllowedValues)}.");
        return false;
    }

    private static void CheckAtMost(IReadOnlyList<LayerField> fields, object?[] values, Dictionary<string, List<string>> errors)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (fields[i].AtMost is not { } limitColumn || values[i] is null)
            {
                continue;
            }

            var limitIndex = IndexOf(fields.Select(f => f.Column).ToList(), limitColumn);
            if (limitIndex < 0 || values[limitIndex] is null)
            {
                continue;
            }

            var value = Convert.ToDecimal(values[i], CultureInfo.InvariantCulture);
            var limit = Convert.ToDecimal(values[limitIndex], CultureInfo.InvariantCulture);
            if (value > limit)
            {
                var other = fields[limitIndex].ApiName;
                Add(errors, fields[i].ApiName, $"'{fields[i].ApiName}' is {Number((double)value)}, more than '{other}' ({Number((double)limit)}); it can be at most '{other}': check both figures.");
            }
        }
    }

    private static async Task<byte[]?> ReadGeometryAsync(NpgsqlDataSource dataSource, LayerDefinition layer, JsonElement body, Dictionary<string, List<string>> errors, CancellationToken ct)
    {
        var present = body.TryGetProperty(GeometryMember, out var geometry) && geometry.ValueKind != JsonValueKind.Null;
        if (!layer.HasGeometry)
        {
            if (present)
            {
                Add(errors, GeometryMember, $"{layer.Name} has no geometry; leave '{GeometryMember}' out.");
            }

            return null;
        }

        var expected = layer.GeometryType!;
        var accepted = expected == "MultiPolygon" ? "a Polygon or MultiPolygon" : "a " + expected;
        if (!present)
        {
            if (!layer.GeometryOptional)
            {
                Add(errors, GeometryMember, $"'{GeometryMember}' is required: {accepted} as GeoJSON, lon/lat in CGCS2000 (EPSG:4490).");
            }

            return null;
        }

        var multi = expected == "MultiPolygon";
        var (ewkb, problem) = await GeoJsonGeometryCheck.CheckAsync(
            dataSource, geometry, GeometryMember, multi ? ["MULTIPOLYGON", "POLYGON"] : [expected.ToUpperInvariant()], $"{layer.Name} holds {expected}s: send {accepted}", multi, ct);
        if (problem is not null)
        {
            Add(errors, GeometryMember, problem);
        }

        return ewkb;
    }

    private static FeatureValidationResult Result(FeatureInput? input, Dictionary<string, List<string>> errors) =>
        new(input, errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal));

    private static void Add(Dictionary<string, List<string>> errors, string field, string message)
    {
        if (!errors.TryGetValue(field, out var list))
        {
            errors[field] = list = [];
        }

        list.Add(message);
    }

    private static int IndexOf(IReadOnlyList<string> columns, string column)
    {
        for (var i = 0; i < columns.Count; i++)
        {
            if (columns[i] == column)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>A JSON value as a planner would name it in a message: the text "…", the number 3, a list.</summary>
    internal static string Describe(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => $"the text \"{element.GetString()}\"",
        JsonValueKind.Number => $"the number {element.GetRawText()}",
        JsonValueKind.True or JsonValueKind.False => $"{element.GetRawText()}",
        JsonValueKind.Array => "a list",
        JsonValueKind.Object => "an object",
        _ => "null",
    };

    private static string Format(object? value) => value is string s ? $"'{s}'" : Convert.ToString(value, CultureInfo.InvariantCulture) ?? "null";

    internal static string Number(double value) => value.ToString("0.######", CultureInfo.InvariantCulture);
}
