using System.Text;

namespace GeoRelief.Core.Imports;

/// <summary>How headers are compared: ignoring case, spaces, '_', '-', a byte-order mark and full-width forms.</summary>
public static class HeaderNames
{
    private static readonly HashSet<string> NeutralUnits = new(StringComparer.Ordinal) { "户", "人", "口", "个", "家", "所", "%", "年", "°", "度", "万元" };

    /// <summary>The comparison form of a header: "Poor_Population " and "poor-population" both become "poorpopulation".</summary>
    public static string Normalize(string header)
    {
        ArgumentNullException.ThrowIfNull(header);
        var text = header.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is ' ' or '_' or '-' or '\uFEFF' or '\t' || char.IsWhiteSpace(c))
            {
                continue;
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }

    /// <summary>
    /// A normalised header without the unit in brackets at its end, or null when it has none: Chinese tables write
    /// "户数（户）", "人口（人）", "工程进度（%）". Only units that cannot change the number are taken off (households,
    /// persons, percent, year, degrees, and 万元, the unit investment is kept in); "投资（元）" keeps its unit and so maps to
    /// nothing rather than to a figure ten thousand times too large.
    /// </summary>
    public static string? WithoutUnit(string normalized)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        var open = normalized.LastIndexOf('(');
        if (open <= 0 || !normalized.EndsWith(')'))
        {
            return null;
        }

        return NeutralUnits.Contains(normalized[(open + 1)..^1]) ? normalized[..open] : null;
    }
}
