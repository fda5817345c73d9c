namespace GeoRelief.Server.Apis.Analytics;

/// <summary>
/// Job access of a relocation site (<c>site</c>, demand = planned persons) or poor natural village (<c>village</c>,
/// demand = poor population): the industrial bases within commuting distance, the jobs they offer, the 2SFCA score
/// (jobs per person of demand competing for them), and how the distances were measured.
/// </summary>
public sealed record DemandJobAccess(
    string Kind,
    string Id,
    string Name,
    string? VillageCode,
    double Demand,
    int BasesWithinReach,
    double JobsWithinReach,
    double Score,
    string Method,
    double? NearestBaseM,
    IReadOnlyList<string> BaseIds);
