namespace GeoRelief.Server.Apis.Analytics;

/// <summary>A unit's value and its class (0-based) under the breaks, with the class colour.</summary>
public sealed record UnitClass(string Code, string Name, double Value, int Class, string Color);
