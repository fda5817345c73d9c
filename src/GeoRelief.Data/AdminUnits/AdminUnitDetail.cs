namespace GeoRelief.Data.AdminUnits;

/// <summary>One administrative unit with counts of what lies within it.</summary>
/// <param name="Bbox">[west, south, east, north] in degrees (EPSG:4490); null without a boundary.</param>
/// <param name="RoadsKm">Length of existing roads within the unit, km on the ellipsoid.</param>
/// <param name="HardenedRoadsKm">Of those, asphalt, concrete or paved.</param>
public sealed record AdminUnitDetail(
    string Code,
    string Name,
    int Level,
    string? ParentCode,
    int? UrbanRuralCode,
    int CodeYear,
    double? AreaKm2,
    IReadOnlyList<double>? Bbox,
    long Children,
    long NaturalVillages,
    double RoadsKm,
    double HardenedRoadsKm,
    long RelocationSites,
    long IndustrialBases);
