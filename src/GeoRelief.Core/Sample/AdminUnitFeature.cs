using NetTopologySuite.Geometries;

namespace GeoRelief.Core.Sample;

/// <summary>An administrative unit with its (synthetic) boundary in EPSG:4490, ready to be stored.</summary>
/// <param name="UrbanRuralCode">城乡分类代码 (111…220); null above the village level.</param>
/// <param name="Geometry">Null for units above the county, whose real extent the sample does not cover.</param>
public sealed record AdminUnitFeature(
    string Code,
    int Level,
    string? ParentCode,
    string Name,
    int? UrbanRuralCode,
    int CodeYear,
    MultiPolygon? Geometry);
