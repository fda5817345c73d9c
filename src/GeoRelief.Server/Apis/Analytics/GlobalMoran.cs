namespace GeoRelief.Server.Apis.Analytics;

/// <summary>Global Moran's I with its expectation, z-score and p-value under randomisation, and the permutation pseudo p-value.</summary>
public sealed record GlobalMoran(double I, double ExpectedI, double Z, double PValue, double? PseudoPValue, int Permutations);
