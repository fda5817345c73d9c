namespace GeoRelief.Core.Analytics.Poverty;

/// <summary>Survey figures of an exit assessment, as shares; any may be missing when not surveyed.</summary>
/// <param name="WrongExitRate">错退率, share of exited households wrongly exited.</param>
/// <param name="MissedIdentificationRate">漏评率, share of poor households missed in identification.</param>
/// <param name="PublicApproval">群众认可度, share of surveyed residents approving.</param>
public sealed record ExitSurvey(double? WrongExitRate, double? MissedIdentificationRate, double? PublicApproval);
