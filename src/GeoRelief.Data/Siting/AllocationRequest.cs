namespace GeoRelief.Data.Siting;

/// <summary>What to allocate.</summary>
/// <param name="Villages">Source natural villages: id and households (null: the households in the data).</param>
/// <param name="Sites">Sites: id, capacity (null: planned households of the relocation site) and a GeoJSON point for a candidate not in the data.</param>
/// <param name="MaximumSites">Choose at most this many sites (capacitated p-median); null: all may be used.</param>
/// <param name="UseNetwork">Travel time on the road network (pgRouting); false: straight-line fallback for every pair.</param>
/// <param name="MaximumTravelMinutes">Pairs costlier than this are not allowed (their villages may become unmet demand); null: no limit.</param>
/// <param name="ExactLimit">Largest number of village–site variables solved exactly by CBC; larger problems use the heuristic.</param>
/// <param name="TimeLimit">CBC's time limit.</param>
public sealed record AllocationRequest(
    IReadOnlyList<(string Id, int? Households)> Villages,
    IReadOnlyList<(string Id, int? Capacity, string? GeoJson)> Sites,
    int? MaximumSites = null,
    bool UseNetwork = true,
    double? MaximumTravelMinutes = null,
    int ExactLimit = AllocationRequest.DefaultExactLimit,
    TimeSpan? TimeLimit = null)
{
    /// <summary>Default <see cref="ExactLimit"/>: 20,000 binaries (e.g. 1,000 villages × 20 sites).</summary>
    public const int DefaultExactLimit = 20_000;

    /// <summary>Default CBC time limit (the LP bound of a stopped search gets the same again).</summary>
    public static readonly TimeSpan DefaultTimeLimit = TimeSpan.FromSeconds(30);

    /// <summary>Straight-line fallback: the detour factor of roads over the straight line.</summary>
    public const double FallbackDetour = 1.3;

    /// <summary>Straight-line fallback: the assumed speed, km/h.</summary>
    public const double FallbackSpeedKmh = 30;
}
