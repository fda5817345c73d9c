namespace GeoRelief.Server.Apis.Analytics;

/// <summary>
/// Hot-spot statistics of one unit: Getis–Ord Gi* z-score, p-values and category; Local Moran's I with its conditional
/// permutation pseudo p-value and cluster label (HH, LL, HL, LH). Units without neighbours say so.
/// </summary>
public sealed record UnitHotSpot(
    string Code,
    string Name,
    double Value,
    int Neighbours,
    double? GiZ,
    double? GiPValue,
    double? GiPseudoPValue,
    string HotSpot,
    double LocalI,
    double? LocalPseudoPValue,
    string Cluster);
