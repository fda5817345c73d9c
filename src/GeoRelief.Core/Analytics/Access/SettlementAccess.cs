namespace GeoRelief.Core.Analytics.Access;

/// <summary>A settlement's nearest road and whether it lies within the threshold (distance at most the threshold).</summary>
public sealed record SettlementAccess(string Id, double? DistanceM, string? NearestRoadId, bool WithinThreshold);
