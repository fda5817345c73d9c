namespace GeoRelief.Core.Siting.Ahp;

/// <summary>The weights of an AHP matrix and how consistent its judgements were.</summary>
/// <param name="Criteria">The criteria, in matrix order.</param>
/// <param name="Weights">The principal eigenvector, normalised to sum 1.</param>
/// <param name="LambdaMax">The principal eigenvalue.</param>
/// <param name="ConsistencyIndex">CI = (λmax − n) / (n − 1); 0 for n ≤ 2.</param>
/// <param name="RandomIndex">RI(n).</param>
/// <param name="ConsistencyRatio">CR = CI / RI; 0 for n ≤ 2.</param>
/// <param name="ConsistencyLimit">The limit the ratio was held to.</param>
/// <param name="MostInconsistent">The upper-triangle judgements that deviate most from the weights, worst first (at most three).</param>
public sealed record AhpResult(
    IReadOnlyList<string> Criteria,
    IReadOnlyList<double> Weights,
    double LambdaMax,
    double ConsistencyIndex,
    double RandomIndex,
    double ConsistencyRatio,
    double ConsistencyLimit,
    IReadOnlyList<AhpJudgement> MostInconsistent)
{
    /// <summary>True when CR is below the limit.</summary>
    public bool IsConsistent => ConsistencyRatio < ConsistencyLimit;

    /// <summary>A planner's sentence on why the matrix is inconsistent, naming the judgements to revisit.</summary>
    public string Explanation()
    {
        var culprits = string.Join("; ", MostInconsistent.Select(j =>
            FormattableString.Invariant($"'{j.Row}' vs '{j.Column}' was judged {j.Given:0.###} but the other judgements imply {j.Implied:0.###}")));
        return FormattableString.Invariant(
            $"The consistency ratio is {ConsistencyRatio:0.000} (λmax {LambdaMax:0.000}, CI {ConsistencyIndex:0.000}, RI {RandomIndex:0.00}); it must be below {ConsistencyLimit:0.00}. ")
            + (culprits.Length == 0 ? "" : $"Revisit the judgements that disagree most with the rest: {culprits}.");
    }
}
