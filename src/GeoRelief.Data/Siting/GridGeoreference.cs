namespace GeoRelief.Data.Siting;

/// <summary>Where a grid lies: its metric CRS, north-west corner, cell size and size in cells.</summary>
public sealed record GridGeoreference(int Srid, double UpperLeftX, double UpperLeftY, double CellSize, int Width, int Height);
