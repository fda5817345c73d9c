namespace GeoRelief.Server.Apis.Analytics;

/// <summary>
/// One table of a report: its name (the report's JSON property), the type of its rows (whose properties are its
/// columns, so an empty table still has its header) and the rows. An Excel download gives each its own worksheet.
/// </summary>
public sealed record AnalyticsTable(string Name, Type RowType, IEnumerable<object> Rows)
{
    /// <summary>The table <paramref name="name"/> of rows of type <typeparamref name="T"/>.</summary>
    public static AnalyticsTable Of<T>(string name, IEnumerable<T> rows)
        where T : notnull => new(name, typeof(T), rows.Cast<object>());
}
