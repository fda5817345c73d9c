using GeoRelief.Core.Siting.Criteria;

namespace GeoRelief.Core.Siting.Scoring;

/// <summary>The verdict on one site: constraints, factor scores, suitability, class and what holds it back most.</summary>
/// <param name="Constraints">Every hard constraint, passed or failed.</param>
/// <param name="Factors">Every factor with score, weight and obstacle degree.</param>
/// <param name="Score">Σ w_j·s_j over the factors, 0–100, whether or not the constraints pass.</param>
/// <param name="Suitability">The score when every constraint passes, else 0.</param>
/// <param name="Class">The suitability class (excluded when a constraint fails).</param>
/// <param name="MainObstacle">The factor with the largest obstacle degree; null when every factor scores 100.</param>
public sealed record SiteEvaluation(
    IReadOnlyList<ConstraintCheck> Constraints,
    IReadOnlyList<FactorScore> Factors,
    double Score,
    double Suitability,
    SuitabilityClass Class,
    SuitabilityFactor? MainObstacle)
{
    /// <summary>The constraints that failed.</summary>
    public IEnumerable<HardConstraint> Failed => Constraints.Where(c => !c.Passed).Select(c => c.Constraint);
}
