namespace GeoRelief.Data.Imports.Internal;

/// <summary>
/// One row ready for the staging table: its typed values, EWKB geometry, input position, the reader's problems,
/// whether its key may repeat an earlier row's (<see cref="RepeatedKeyFilter"/>), and the village and township the
/// reader placed the point in (<see cref="VillageCellMap"/>; null: left to PostGIS).
/// </summary>
internal sealed record StagedRow(
    long Row, object?[] Values, byte[]? Geometry, double? RawX, double? RawY, string? ProblemsJson, bool Ok, bool MaybeRepeated,
    string? LocatedVillage, string? LocatedTownship);
