namespace GeoRelief.Core.Imports;

/// <summary>
/// Recognises the total and subtotal rows of planners' tables: 合计 at the bottom, 三江镇小计 after each township's
/// villages, "Total". Such a row is not a feature (it has no id of its own and no position) and would refuse the whole
/// file; the readers pass over it with a warning instead.
/// </summary>
public static class TotalRows
{
    private static readonly string[] Words = ["合计", "总计", "小计", "共计", "累计"];

    private static readonly HashSet<string> English = new(StringComparer.Ordinal) { "total", "subtotal", "grandtotal", "sum" };

    /// <summary>Whether a row whose first non-empty cell is <paramref name="firstCell"/> is a total or subtotal row.</summary>
    public static bool IsTotal(string firstCell)
    {
        ArgumentNullException.ThrowIfNull(firstCell);
        // Asked of every row of a file of a million: most cells are keys, answered without normalising them.
        if (firstCell.Length > 24 || (!firstCell.Contains('计', StringComparison.Ordinal)
            && !firstCell.Contains("total", StringComparison.OrdinalIgnoreCase) && !firstCell.Contains("sum", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        var text = HeaderNames.Normalize(firstCell);
        var open = text.IndexOf('(', StringComparison.Ordinal);
        if (open > 0)
        {
            text = text[..open];
        }

        text = text.TrimEnd(':');
        // "合计", "全县合计", "三江镇小计": a total word at the end of a short label, never inside a longer name.
        return English.Contains(text) || (text.Length <= 8 && Words.Any(w => text.EndsWith(w, StringComparison.Ordinal)));
    }
}
