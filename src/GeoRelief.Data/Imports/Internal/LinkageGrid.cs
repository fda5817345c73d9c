namespace GeoRelief.Data.Imports.Internal;

/// <summary>
/// The resolution of the grid by which locate_points.sql finds the staged points near each village: the finest of a
/// fixed set (cells per degree) at which the largest village's bounding box spans at most <see cref="MaxCellsPerSide"/>
/// cells a side, so a village looks up at most a few thousand cells even when a boundary is far larger than a village
/// should be. The resolution goes into the SQL text (an index expression takes no parameters): only these constants
/// can.
/// </summary>
internal static class LinkageGrid
{
    public const int MaxCellsPerSide = 64;

    private static readonly (double CellsPerDegree, string Sql)[] Resolutions =
    [
        (100, "100"), (10, "10"), (1, "1"), (0.1, "0.1"), (0.01, "0.01"), (0.001, "0.001"),
    ];

    /// <summary>Whether <paramref name="cellsPerDegree"/> is one of the resolutions (the only text that may go into the SQL).</summary>
    public static bool IsResolution(string cellsPerDegree) => Resolutions.Any(r => r.Sql == cellsPerDegree);

    /// <summary>The SQL constant for villages whose largest bounding-box side is <paramref name="largestSideDegrees"/> (null: none loaded).</summary>
    public static string CellsPerDegree(double? largestSideDegrees)
    {
        foreach (var (cells, sql) in Resolutions)
        {
            if (largestSideDegrees is not { } side || side * cells <= MaxCellsPerSide)
            {
                return sql;
            }
        }

        return Resolutions[^1].Sql;
    }
}
