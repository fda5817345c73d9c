namespace GeoRelief.Core.Siting.Ahp;

/// <summary>A pairwise comparison matrix (Saaty's 1–9 scale) over named criteria.</summary>
/// <param name="Criteria">The criteria, in the order of the matrix's rows and columns.</param>
/// <param name="Matrix">Row i, column j: how many times criterion i matters more than j; a_ji = 1/a_ij, a_ii = 1.</param>
/// <param name="ConsistencyLimit">A matrix with consistency ratio at or above this is refused (Saaty: 0.10).</param>
/// <param name="ReciprocalTolerance">How far a_ij·a_ji may stray from 1 (judgements typed as 0.33 for 1/3 pass).</param>
public sealed record AhpParameters(
    IReadOnlyList<string> Criteria,
    IReadOnlyList<IReadOnlyList<double>> Matrix,
    double ConsistencyLimit = AhpParameters.SaatyConsistencyLimit,
    double ReciprocalTolerance = 0.02)
{
    /// <summary>Saaty's limit on the consistency ratio.</summary>
    public const double SaatyConsistencyLimit = 0.10;

    /// <summary>The largest matrix with a published random index.</summary>
    public const int MaximumCriteria = 10;
}
