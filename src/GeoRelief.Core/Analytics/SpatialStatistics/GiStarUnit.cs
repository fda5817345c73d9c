namespace GeoRelief.Core.Analytics.SpatialStatistics;

/// <summary>Getis–Ord Gi* of one unit.</summary>
/// <param name="Z">Gi* as a z-score; null for a unit without neighbours.</param>
/// <param name="PValue">Two-sided normal p-value of <paramref name="Z"/>; null for a unit without neighbours.</param>
/// <param name="PseudoPValue">Conditional-permutation pseudo p-value; null without neighbours or permutations.</param>
/// <param name="NeighbourCount">Neighbours of the unit, not counting itself.</param>
/// <param name="Category">Hot/cold spot class at 90/95/99 % confidence.</param>
public sealed record GiStarUnit(double? Z, double? PValue, double? PseudoPValue, int NeighbourCount, HotSpotCategory Category);
