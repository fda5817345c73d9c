using GeoRelief.Core.Siting.Criteria;

namespace GeoRelief.Core.Siting.Scoring;

/// <summary>One factor at one site.</summary>
/// <param name="Factor">The factor.</param>
/// <param name="Value">The measured value (null: none within reach, or the DEM has no value).</param>
/// <param name="Unit">The unit of <paramref name="Value"/>.</param>
/// <param name="Score">Its score, 0–100.</param>
/// <param name="Weight">Its normalised weight.</param>
/// <param name="ObstacleDegree">O_j = w_j·(1 − s_j/100) / Σ_k w_k·(1 − s_k/100): its share of what holds the site back (0 when nothing does).</param>
public sealed record FactorScore(SuitabilityFactor Factor, double? Value, string Unit, double Score, double Weight, double ObstacleDegree)
{
    /// <summary>The factor's API name.</summary>
    public string Name => SuitabilityNames.Of(Factor);
}
