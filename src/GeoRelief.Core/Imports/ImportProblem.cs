namespace GeoRelief.Core.Imports;

/// <summary>One line of an import report: which row and field, what is wrong, the offending value and what to do.</summary>
/// <param name="Row">Row number in the file: the CSV line, or the feature's 1-based position; 0 for the file as a whole.</param>
/// <param name="Field">The column (catalogue name) or "geometry"; null for the row or file as a whole.</param>
/// <param name="Problem">A stable code from <see cref="ImportProblemCodes"/>.</param>
/// <param name="Message">What is wrong, in words a planner understands.</param>
/// <param name="Value">The offending value as given.</param>
/// <param name="Hint">What to do about it.</param>
public sealed record ImportProblem(
    long Row,
    string? Field,
    string Problem,
    string Message,
    string? Value,
    string? Hint,
    ImportSeverity Severity = ImportSeverity.Error);
