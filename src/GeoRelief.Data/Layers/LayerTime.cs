namespace GeoRelief.Data.Layers;

/// <summary>
/// When a feature of a layer holds in time (its temporal geometry, as OGC API – Features calls it): the days from
/// <see cref="StartColumn"/> to <see cref="EndColumn"/>, both dates; or, for a year column, that whole year. A feature
/// whose columns are both empty has no time and matches every <c>datetime</c>; one empty end leaves that end open.
/// </summary>
/// <param name="StartColumn">The column of the first day (a date), or the year column.</param>
/// <param name="EndColumn">The column of the last day (a date); null for a year column.</param>
public sealed record LayerTime(string StartColumn, string? EndColumn)
{
    /// <summary>Whether the time is a year (<see cref="StartColumn"/> is a whole number) rather than a date range.</summary>
    public bool IsYear => EndColumn is null;

    /// <summary>A date range from one date column to another (construction start to planned completion).</summary>
    public static LayerTime Dates(string startColumn, string endColumn) => new(startColumn, endColumn);

    /// <summary>The whole year held by a year column (the year a road was built).</summary>
    public static LayerTime Year(string column) => new(column, null);
}
