namespace GeoRelief.Data.Analytics;

/// <summary>A demand point and an industrial base within commuting distance, by <c>network</c> or <c>straight_line</c>.</summary>
public sealed record JobAccessPair(string Kind, string DemandId, string BaseId, double DistanceM, string Method);
