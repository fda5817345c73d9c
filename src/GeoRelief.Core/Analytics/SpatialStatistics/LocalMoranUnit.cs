namespace GeoRelief.Core.Analytics.SpatialStatistics;

/// <summary>Local Moran's I of one unit.</summary>
/// <param name="I">Iᵢ = zᵢ · Σⱼ wᵢⱼ zⱼ / m₂ with m₂ = Σ z²/n (Anselin 1995); 0 for a unit without neighbours.</param>
/// <param name="Deviation">zᵢ, the unit's value minus the mean.</param>
/// <param name="SpatialLag">Σⱼ wᵢⱼ zⱼ, the weighted deviation of the neighbours.</param>
/// <param name="PseudoPValue">Conditional-permutation pseudo p-value; null for a unit without neighbours.</param>
/// <param name="Cluster">HH/LL/HL/LH when significant, otherwise not significant or no neighbours.</param>
public sealed record LocalMoranUnit(double I, double Deviation, double SpatialLag, double? PseudoPValue, LisaCluster Cluster);
