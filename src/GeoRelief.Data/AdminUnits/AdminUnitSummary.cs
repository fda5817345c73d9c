namespace GeoRelief.Data.AdminUnits;

/// <summary>An administrative unit in a list: code, name, level, parent and area on the ellipsoid.</summary>
/// <param name="AreaKm2">Area on the GRS80 ellipsoid in km²; null for units the data has no boundary for.</param>
public sealed record AdminUnitSummary(string Code, string Name, int Level, string? ParentCode, double? AreaKm2);
