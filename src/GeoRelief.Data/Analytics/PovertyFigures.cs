namespace GeoRelief.Data.Analytics;

/// <summary>
/// Poverty of the units of one level within a unit for a year, and of every administrative village of the province
/// that unit lies in (the reference for poor villages), both from one pass over the village figures.
/// </summary>
public sealed record PovertyFigures(IReadOnlyList<UnitPovertyRow> Units, IReadOnlyList<VillagePovertyRow> Villages);
