using System.Globalization;
using System.Text;

namespace GeoRelief.Core.Imports;

/// <summary>
/// Control characters in a text value: U+0000 … U+001F and U+007F, except tab, line feed and carriage return (a line
/// break typed in an Excel cell with Alt+Enter is text). PostgreSQL cannot store U+0000 in text or jsonb at all; the
/// others are stray bytes from a copy out of another program, invisible in every table and map label.
/// </summary>
public static class ControlCharacters
{
    /// <summary>The index of the first control character in <paramref name="text"/>, or −1.</summary>
    public static int IndexOf(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        for (var i = 0; i < text.Length; i++)
        {
            if (IsControl(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The text with each control character written out as U+XXXX, for a report or message that must be stored.</summary>
    public static string Visible(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var visible = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (IsControl(c))
            {
                visible.Append(CultureInfo.InvariantCulture, $"<U+{(int)c:X4}>");
            }
            else
            {
                visible.Append(c);
            }
        }

        return visible.ToString();
    }

    /// <summary>The text as it can be stored in a report (<see cref="Visible"/> when it holds a control character).</summary>
    public static string? Storable(string? text) => text is null || IndexOf(text) < 0 ? text : Visible(text);

    /// <summary>What is wrong, as a sentence about the value of <paramref name="field"/>; null when it holds none.</summary>
    public static string? Problem(string field, string text)
    {
        var at = IndexOf(text);
        return at < 0
            ? null
            : string.Create(CultureInfo.InvariantCulture, $"'{field}' holds the control character U+{(int)text[at]:X4} at position {at + 1}");
    }

    private static bool IsControl(char c) => (c < ' ' && c is not ('\t' or '\n' or '\r')) || c == '\u007F';
}
