using GeoRelief.Core.Siting.Criteria;

namespace GeoRelief.Core.Siting.Scoring;

/// <summary>One hard constraint at one site: passed or not, and why.</summary>
public sealed record ConstraintCheck(HardConstraint Constraint, bool Passed, string Detail)
{
    /// <summary>The constraint's API name.</summary>
    public string Name => SuitabilityNames.Of(Constraint);
}
