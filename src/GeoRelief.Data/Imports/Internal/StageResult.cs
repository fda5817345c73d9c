namespace GeoRelief.Data.Imports.Internal;

/// <summary>
/// What <see cref="StagePipeline"/> staged: the rows; whether any names a key the layer holds (null: not known, the
/// layer's keys were not read); how many of them may repeat an earlier row's key, and those keys
/// when the layer has a one-column text key and they are at most <see cref="StagePipeline.MaximumKeyCandidates"/> (else
/// null); how many
/// geometries are other than finite, non-empty points of a point layer (which need no look from PostGIS); how many rows
/// have a geometry; how many rows came with problems the reader found; how many points the reader placed in their
/// village itself.
/// </summary>
internal readonly record struct StageResult(
    long Rows, bool? KeyPresent, long MaybeRepeatedKeys, IReadOnlyCollection<string>? KeyCandidates, long GeometriesToCheck, long GeometriesStaged, long RowsWithProblems, long PreLocated);
