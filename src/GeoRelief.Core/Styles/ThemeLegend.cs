namespace GeoRelief.Core.Styles;

/// <summary>
/// The legend of a theme: titles, the parameters it was drawn with (as given in URLs), the data version its figures
/// come from, and its groups of classes. The MapLibre style of the theme is built from the same object, so the two
/// cannot disagree.
/// </summary>
public sealed record ThemeLegend(
    string Theme,
    string TitleZh,
    string TitleEn,
    IReadOnlyDictionary<string, string> Parameters,
    long DataVersion,
    IReadOnlyList<LegendGroup> Groups);
