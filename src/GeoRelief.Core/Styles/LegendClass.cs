namespace GeoRelief.Core.Styles;

/// <summary>
/// One class of a legend: numeric bounds (classed figures; the class holds (Lower, Upper], the first [Lower, Upper]) or
/// the attribute value it stands for (categories), its colour, how many features fall in it, and its labels.
/// </summary>
public sealed record LegendClass(
    double? Lower,
    double? Upper,
    string? Value,
    string Colour,
    long Count,
    string LabelZh,
    string LabelEn);
