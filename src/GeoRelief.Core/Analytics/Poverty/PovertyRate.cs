namespace GeoRelief.Core.Analytics.Poverty;

/// <summary>A rate with the counts behind it, so every rate travels with its n.</summary>
/// <param name="Value">Numerator / Denominator as a share (0.02 = 2 %); null when the denominator is zero.</param>
/// <param name="Numerator">E.g. poor population, or relapsed households.</param>
/// <param name="Denominator">E.g. registered rural population, or exited households: the n of the rate.</param>
public readonly record struct PovertyRate(double? Value, long Numerator, long Denominator);
