namespace GeoRelief.Data.Tiles;

/// <summary>The year and class breaks (upper bounds, ascending) the poverty-density tiles of one level are drawn with.</summary>
public sealed record PovertyBreaks(int Year, IReadOnlyList<double> Breaks);
