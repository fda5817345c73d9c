namespace GeoRelief.Data.Imports.Internal;

/// <summary>What <see cref="StagePipeline"/> staged.</summary>
/// <param name="Rows">The rows.</param>
/// <param name="KeyPresent">Whether any names a key the layer holds; null when not known (the layer's keys were not read).</param>
/// <param name="MaybeRepeatedKeys">How many rows may repeat an earlier row's key.</param>
/// <param name="KeyCandidates">
/// Those rows' keys, for a layer keyed by one text column and at most <see cref="StagedKeys.MaximumCandidates"/> of them;
/// else null.
/// </param>
/// <param name="GeometriesToCheck">How many geometries are other than finite, non-empty points of a point layer (which need no look from PostGIS).</param>
/// <param name="GeometriesStaged">How many rows have a geometry.</param>
/// <param name="RowsWithProblems">How many rows came with problems the reader found.</param>
/// <param name="PreLocated">How many points the reader placed in their village itself.</param>
internal readonly record struct StageResult(
    long Rows,
    bool? KeyPresent,
    long MaybeRepeatedKeys,
    IReadOnlyCollection<string>? KeyCandidates,
    long GeometriesToCheck,
    long GeometriesStaged,
    long RowsWithProblems,
    long PreLocated);
