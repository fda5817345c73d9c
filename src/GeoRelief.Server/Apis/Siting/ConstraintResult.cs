namespace GeoRelief.Server.Apis.Siting;

/// <summary>A hard constraint at a site: passed or not, and the measured reason.</summary>
public sealed record ConstraintResult(string Name, bool Passed, string Detail);
