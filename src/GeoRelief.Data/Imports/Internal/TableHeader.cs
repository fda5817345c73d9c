using GeoRelief.Core.Imports;

namespace GeoRelief.Data.Imports.Internal;

/// <summary>
/// Finds the header of a table-shaped input among its first rows: tables exported from statistics offices often begin
/// with a title row ("锦屏县易地扶贫搬迁安置点统计表") above the header. The header is the first of the first
/// <see cref="SearchRows"/> non-empty rows that names at least <see cref="MinimumColumns"/> columns of the layer; when
/// none does, the first row, whose missing columns the report then lists.
/// </summary>
internal static class TableHeader
{
    /// <summary>How many non-empty rows from the top may hold the header.</summary>
    public const int SearchRows = 10;

    /// <summary>A header names at least this many columns of the layer (a title could happen to read "名称").</summary>
    public const int MinimumColumns = 2;

    /// <summary>The index in <paramref name="rows"/> of the header, or null when no row names enough columns.</summary>
    public static int? Find(IReadOnlyList<(long Row, string[] Cells)> rows, ImportHeaderMap map)
    {
        ArgumentNullException.ThrowIfNull(rows);
        for (var i = 0; i < rows.Count; i++)
        {
            if (TableColumns.Recognised(rows[i].Cells, map) >= MinimumColumns)
            {
                return i;
            }
        }

        return null;
    }

    /// <summary>The warning that the rows above the header at <paramref name="header"/> were taken for a title.</summary>
    public static ImportProblem RowsAbove(string where, IReadOnlyList<(long Row, string[] Cells)> rows, int header) => new(
        rows[0].Row, null, ImportProblemCodes.RowsAboveHeader,
        $"{where}: the rows above row {rows[header].Row} were taken for a title and not imported; row {rows[header].Row} is the header.",
        string.Join(" ", rows.Take(header).SelectMany(r => r.Cells).Select(c => c.Trim()).Where(c => c.Length > 0)),
        "If those rows are data, put the header row first.", ImportSeverity.Warning);
}
