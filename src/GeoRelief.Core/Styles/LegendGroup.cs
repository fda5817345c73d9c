namespace GeoRelief.Core.Styles;

/// <summary>
/// A part of a theme drawn with one style layer: the tile layer it reads (<see cref="SourceLayer"/>), the features it
/// takes (<see cref="Kind"/> for the mixed thematic layers), the zooms it shows at (<see cref="MaxZoom"/> exclusive, as
/// in MapLibre; null for no limit), the attribute it colours and its classes.
/// </summary>
public sealed record LegendGroup(
    string Name,
    string TitleZh,
    string TitleEn,
    string SourceLayer,
    string? Kind,
    int MinZoom,
    int? MaxZoom,
    LegendSymbol Symbol,
    LegendClassing Classing,
    string Attribute,
    IReadOnlyList<LegendClass> Classes);
