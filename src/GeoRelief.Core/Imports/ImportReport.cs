namespace GeoRelief.Core.Imports;

/// <summary>The outcome of one import: what was read, what was written, and every problem found.</summary>
/// <param name="BatchId">The batch's id (GET /api/v1/imports/{id}).</param>
/// <param name="Layer">The layer imported into.</param>
/// <param name="FileName">The file's name as given.</param>
/// <param name="Format">geojson, csv, shapefile, geopackage or excel.</param>
/// <param name="Crs">The coordinate system the input was read in.</param>
/// <param name="Encoding">The text encoding used (CSV and Shapefile attributes).</param>
/// <param name="RowsRead">Rows (features) read from the file.</param>
/// <param name="RowsRejected">Rows with at least one error (quarantined with --skip-invalid).</param>
/// <param name="Inserted">New rows written.</param>
/// <param name="Updated">Existing rows changed.</param>
/// <param name="Unchanged">Rows identical to what the database already held (not written).</param>
/// <param name="Errors">Number of error lines in the report.</param>
/// <param name="Warnings">Number of warning lines (declared code mismatches, repairs, ignored columns).</param>
/// <param name="Problems">The report lines, in row order; at most <c>ProblemLimit</c> of them (the CSV report has all).</param>
/// <param name="ProblemsTruncated">True when <paramref name="Problems"/> holds only the first lines.</param>
public sealed record ImportReport(
    long BatchId,
    string Layer,
    string FileName,
    string Format,
    string Crs,
    string? Encoding,
    ImportStatus Status,
    bool DryRun,
    bool SkipInvalid,
    bool MakeValid,
    long RowsRead,
    long RowsRejected,
    long Inserted,
    long Updated,
    long Unchanged,
    long Errors,
    long Warnings,
    DateTimeOffset StartedAt,
    DateTimeOffset FinishedAt,
    IReadOnlyList<ImportProblem> Problems,
    bool ProblemsTruncated);
