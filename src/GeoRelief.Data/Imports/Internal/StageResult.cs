namespace GeoRelief.Data.Imports.Internal;

/// <summary>What <see cref="StagePipeline"/> staged: the rows, and how many of them may repeat an earlier row's key.</summary>
internal readonly record struct StageResult(long Rows, long MaybeRepeatedKeys);
