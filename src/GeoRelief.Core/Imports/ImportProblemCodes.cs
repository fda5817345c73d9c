namespace GeoRelief.Core.Imports;

/// <summary>The problem codes of import reports (stable: scripts may filter on them).</summary>
public static class ImportProblemCodes
{
    public const string WrongEncoding = "wrong_encoding";
    public const string UnreadableFile = "unreadable_file";
    public const string MissingColumn = "missing_column";
    public const string DuplicateColumn = "duplicate_column";
    public const string IgnoredColumn = "ignored_column";
    public const string AssumedCrs = "assumed_crs";
    public const string MissingGeometry = "missing_geometry";
    public const string UnparseableGeometry = "unparseable_geometry";
    public const string InvalidGeometry = "invalid_geometry";
    public const string RepairedGeometry = "repaired_geometry";
    public const string WrongGeometryType = "wrong_geometry_type";
    public const string OutsideChina = "outside_china";
    public const string FarOutsideCounty = "far_outside_county";
    public const string OutsideAdminUnits = "outside_admin_units";
    public const string MissingValue = "missing_value";
    public const string NotANumber = "not_a_number";
    public const string NotADate = "not_a_date";
    public const string ControlCharacter = "control_character";
    public const string BelowMinimum = "below_minimum";
    public const string AboveMaximum = "above_maximum";
    public const string ExceedsOtherField = "exceeds_other_field";
    public const string NotAllowed = "value_not_allowed";
    public const string DuplicateKey = "duplicate_key";
    public const string MalformedAdminCode = "malformed_admin_code";
    public const string UnknownAdminCode = "unknown_admin_code";
    public const string UnknownReference = "unknown_reference";
    public const string DeclaredCodeMismatch = "declared_code_mismatch";
    public const string OtherWorksheet = "other_worksheet";
    public const string UnknownWorksheet = "unknown_worksheet";
    public const string RowsAboveHeader = "rows_above_header";
    public const string TotalRow = "total_row";
}
