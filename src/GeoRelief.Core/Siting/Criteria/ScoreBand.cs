namespace GeoRelief.Core.Siting.Criteria;

/// <summary>A value up to <paramref name="UpTo"/> (inclusive, in the factor's unit) scores <paramref name="Score"/> (0–100).</summary>
public sealed record ScoreBand(double UpTo, double Score);
