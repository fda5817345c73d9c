namespace GeoRelief.Data.Imports.Internal;

/// <summary>One row ready for the staging table: its typed values, EWKB geometry, input position and the reader's problems.</summary>
internal sealed record StagedRow(long Row, object?[] Values, byte[]? Geometry, double? RawX, double? RawY, string? ProblemsJson, bool Ok);
