namespace GeoRelief.Server.Apis;

/// <summary>
/// A small worksheet given whole to <see cref="XlsxTableWriter"/>: its name, its header (bold and frozen) and its rows,
/// each cell text, a number, a date (<see cref="DateOnly"/>) or null.
/// </summary>
public sealed record XlsxSheet(string Name, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<object?>> Rows);
