namespace GeoRelief.Data.Imports.Internal;

/// <summary>
/// What <see cref="StagePipeline"/> staged: the rows; how many of them may repeat an earlier row's key; how many
/// geometries are other than finite, non-empty points of a point layer (which need no look from PostGIS); how many rows
/// have a geometry; how many rows came with problems the reader found; how many points the reader placed in their
/// village itself.
/// </summary>
internal readonly record struct StageResult(long Rows, long MaybeRepeatedKeys, long GeometriesToCheck, long GeometriesStaged, long RowsWithProblems, long PreLocated);
