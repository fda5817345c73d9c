namespace GeoRelief.Data.Imports;

/// <summary>A row that a token scoped to a unit may not write: the feature and the codes it is located in (none: in no unit).</summary>
/// <param name="Row">The row of the file (1 = the first data row).</param>
/// <param name="Feature">The feature's key.</param>
/// <param name="LocatedCodes">Where the feature lies, as the file places it and, for a key already present, as the database has it.</param>
public sealed record ImportScopeViolation(long Row, string Feature, IReadOnlyList<string> LocatedCodes);
