namespace GeoRelief.Core.Siting.Ahp;

/// <summary>One judgement of the matrix set against what the derived weights imply.</summary>
/// <param name="Row">The criterion judged more (or less) important.</param>
/// <param name="Column">The criterion it was compared with.</param>
/// <param name="Given">The judgement a_ij.</param>
/// <param name="Implied">w_i / w_j: the judgement that would be perfectly consistent with the weights.</param>
/// <param name="Deviation">|ln(a_ij · w_j / w_i)|: 0 for a consistent judgement; ln 2 ≈ 0.69 means off by a factor of 2.</param>
public sealed record AhpJudgement(string Row, string Column, double Given, double Implied, double Deviation);
