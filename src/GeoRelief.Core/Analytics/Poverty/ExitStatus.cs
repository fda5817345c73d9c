namespace GeoRelief.Core.Analytics.Poverty;

/// <summary>Outcome of an exit assessment.</summary>
public enum ExitStatus
{
    /// <summary>Every criterion that could be checked is met.</summary>
    Eligible,

    /// <summary>At least one criterion fails; see <see cref="ExitAssessment.UnmetCriteria"/>.</summary>
    NotEligible,

    /// <summary>No registered rural population, so there is no incidence to judge.</summary>
    NoPopulation,
}
