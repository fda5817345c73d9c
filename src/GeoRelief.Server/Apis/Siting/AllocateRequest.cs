namespace GeoRelief.Server.Apis.Siting;

/// <summary>
/// An allocation: <c>within</c> (admin code) takes the relocation sources and sites there; or list <c>villages</c>
/// (id, optional households) and <c>sites</c> (id, optional capacity, optional GeoJSON point for a new candidate).
/// <c>timeLimitSeconds</c> bounds CBC's search (default 30): a shorter one answers sooner, with the gap it reached.
/// </summary>
public sealed record AllocateRequest(
    string? Within,
    IReadOnlyList<AllocateVillage>? Villages,
    IReadOnlyList<AllocateSite>? Sites,
    int? MaxSites,
    bool? Network,
    double? MaxTravelMinutes,
    int? ExactLimit,
    double? TimeLimitSeconds = null);
