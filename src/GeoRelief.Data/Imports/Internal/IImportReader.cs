using GeoRelief.Core.Imports;

namespace GeoRelief.Data.Imports.Internal;

/// <summary>Reads one input format as a stream of records, one at a time.</summary>
internal interface IImportReader : IAsyncDisposable
{
    /// <summary>The encoding attributes were read with, when the format has one.</summary>
    string? Encoding { get; }

    /// <summary>The coordinate system the file declares (.prj, GeoPackage SRS, GeoJSON "crs"), as text for <c>CrsRegistry.Parse</c>.</summary>
    string? DeclaredCrs { get; }

    /// <summary>Reads what comes before the rows (header, CRS); adds file-level problems (missing columns, ignored columns).</summary>
    Task OpenAsync(ICollection<ImportProblem> problems, CancellationToken cancellationToken);

    /// <summary>The rows, in file order.</summary>
    IAsyncEnumerable<ImportRecord> ReadAsync(CancellationToken cancellationToken);

    /// <summary>File-level notes found while reading (columns that were ignored), added after the last row.</summary>
    void Finish(ICollection<ImportProblem> problems);
}
