namespace GeoRelief.Core.Coordinates;

/// <summary>A geographic position in decimal degrees, longitude first (x = east, y = north).</summary>
public readonly record struct LonLat(double Lon, double Lat);
