namespace GeoRelief.Server.Apis;

/// <summary>A position: longitude/latitude in degrees, or easting/northing in metres for a projected system.</summary>
public sealed record CoordinatePair(double X, double Y);
