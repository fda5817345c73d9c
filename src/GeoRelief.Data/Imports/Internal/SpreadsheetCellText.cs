using System.Globalization;

namespace GeoRelief.Data.Imports.Internal;

/// <summary>
/// A worksheet cell as the text the planner sees in it, for the same checks a CSV's texts go through: a number
/// formatted as a percentage is its percentage ("85%", not 0.85), a date is yyyy-mm-dd.
/// </summary>
internal static class SpreadsheetCellText
{
    /// <summary>The text of a cell whose value is <paramref name="value"/>, shown with <paramref name="numberFormat"/>.</summary>
    public static string Of(object? value, string? numberFormat) => value switch
    {
        null => string.Empty,
        string text => text,
        double number when IsPercentFormat(numberFormat) => (number * 100).ToString("G15", CultureInfo.InvariantCulture) + "%",
        double number => Number(number),
        DateTime date when date.TimeOfDay == TimeSpan.Zero => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime date => date.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        bool flag => flag ? "true" : "false",
        IFormattable other => other.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    /// <summary>
    /// Whether a number format shows its number as a percentage: a '%' outside quoted text and not escaped
    /// (<c>0%</c>, <c>0.00%</c>, <c>#,##0.0%;[Red]-0.0%</c>), as Excel multiplies by 100 for it.
    /// </summary>
    public static bool IsPercentFormat(string? numberFormat)
    {
        if (string.IsNullOrEmpty(numberFormat))
        {
            return false;
        }

        var quoted = false;
        for (var i = 0; i < numberFormat.Length; i++)
        {
            switch (numberFormat[i])
            {
                case '"':
                    quoted = !quoted;
                    break;
                case '\\' or '_' or '*' when !quoted:
                    i++;
                    break;
                case '%' when !quoted:
                    return true;
                case ';' when !quoted:
                    return false;
            }
        }

        return false;
    }

    /// <summary>
    /// The number exactly (a coordinate keeps every digit the file holds), but a whole number with a formula's binary
    /// noise (45.00000000000001) as the whole number the spreadsheet shows.
    /// </summary>
    private static string Number(double number)
    {
        var whole = Math.Round(number);
        var noise = Math.Abs(number - whole) <= 1e-9 * Math.Max(1, Math.Abs(whole));
        return (noise ? whole : number).ToString("R", CultureInfo.InvariantCulture);
    }
}
