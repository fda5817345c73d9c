namespace GeoRelief.Server.Apis.Analytics;

/// <summary>
/// A natural village without a hardened road within the threshold: the nearest hardened road and its distance, and
/// the travel time to the nearest township seat (null when not computed or not reached).
/// </summary>
public sealed record UnconnectedVillage(
    int Rank,
    string Id,
    string Name,
    string VillageCode,
    int Households,
    int Population,
    double? NearestRoadDistanceM,
    string? NearestRoadId,
    double? MinutesToTownshipSeat);
