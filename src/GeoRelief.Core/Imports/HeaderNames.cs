using System.Text;

namespace GeoRelief.Core.Imports;

/// <summary>How headers are compared: ignoring case, spaces, '_', '-', a byte-order mark and full-width forms.</summary>
public static class HeaderNames
{
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
}
