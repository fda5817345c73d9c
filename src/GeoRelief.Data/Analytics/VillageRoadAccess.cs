namespace GeoRelief.Data.Analytics;

/// <summary>
/// Road connection of one natural village: connected when a hardened road lies within the threshold. For a connected
/// village <paramref name="DistanceM"/> is the nearest hardened road's distance, or null when a quick planar test already
/// proved the village connected; for an unconnected one it is the distance of <paramref name="NearestRoadId"/> (both
/// null when no hardened road exists at all).
/// </summary>
public sealed record VillageRoadAccess(
    string Id,
    string Name,
    string VillageCode,
    int Households,
    int Population,
    bool Connected,
    double? DistanceM,
    string? NearestRoadId);
