namespace GeoRelief.Server.Apis;

/// <summary>The answer of /api/v1/coordinates/convert: both systems by their canonical identifiers, and both positions.</summary>
public sealed record CoordinateConversion(string From, string To, CoordinatePair Input, CoordinatePair Output);
