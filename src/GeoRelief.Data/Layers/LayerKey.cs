using System.Globalization;

namespace GeoRelief.Data.Layers;

/// <summary>
/// The key of one feature: one value for most layers, two for the yearly figures and the relocation links. In URLs
/// and the audit trail the parts are written in key order separated by ':' (<c>522628100201-03:2019</c>).
/// </summary>
public sealed record LayerKey
{
    /// <summary>Separates the parts of a two-column key.</summary>
    public const char Separator = ':';

    private LayerKey(IReadOnlyList<object> parts, string text)
    {
        Parts = parts;
        Text = text;
    }

    /// <summary>The key's values in key order: strings, or integers for whole-number key columns.</summary>
    public IReadOnlyList<object> Parts { get; }

    /// <summary>The key as it appears in URLs.</summary>
    public string Text { get; }

    /// <summary>Reads a key of <paramref name="layer"/> from its URL form; <paramref name="problem"/> says what is wrong.</summary>
    public static bool TryParse(LayerDefinition layer, string text, out LayerKey key, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(layer);
        ArgumentNullException.ThrowIfNull(text);
        key = null!;
        var fields = layer.KeyFields;
        var pieces = fields.Count == 1 ? [text] : text.Split(Separator);
        var form = string.Join(Separator, fields.Select(f => "{" + f.Column + "}"));
        if (pieces.Length != fields.Count)
        {
            problem = $"'{text}' is not a key of {layer.Name}: write it as {form}.";
            return false;
        }

        var parts = new object[fields.Count];
        for (var i = 0; i < fields.Count; i++)
        {
            if (pieces[i].Length == 0)
            {
                problem = $"'{text}' leaves {fields[i].Column} empty: write the key as {form}.";
                return false;
            }

            if (fields[i].Type == FieldType.WholeNumber)
            {
                if (!int.TryParse(pieces[i], NumberStyles.None, CultureInfo.InvariantCulture, out var number))
                {
                    problem = $"'{pieces[i]}' is not a whole number, but {fields[i].Column} is one: write the key as {form}.";
                    return false;
                }

                parts[i] = number;
            }
            else
            {
                parts[i] = pieces[i];
            }
        }

        key = FromParts(parts);
        problem = null;
        return true;
    }

    /// <summary>The key made of these values, in key order.</summary>
    public static LayerKey FromParts(IReadOnlyList<object> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        return new LayerKey(parts, string.Join(Separator, parts.Select(p => Convert.ToString(p, CultureInfo.InvariantCulture))));
    }

    public override string ToString() => Text;
}
