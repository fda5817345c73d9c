using GeoRelief.Core.Siting.Ahp;

namespace GeoRelief.Server.Apis.Siting;

/// <summary>AHP weights and consistency.</summary>
public sealed record AhpResponse(
    IReadOnlyDictionary<string, double> Weights,
    double LambdaMax,
    double ConsistencyIndex,
    double RandomIndex,
    double ConsistencyRatio,
    bool Consistent,
    IReadOnlyList<AhpJudgement> MostInconsistent)
{
    public static AhpResponse From(AhpResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new AhpResponse(
            result.Criteria.Select((c, i) => (c, result.Weights[i])).ToDictionary(p => p.c, p => Math.Round(p.Item2, 6), StringComparer.Ordinal),
            Math.Round(result.LambdaMax, 6),
            Math.Round(result.ConsistencyIndex, 6),
            result.RandomIndex,
            Math.Round(result.ConsistencyRatio, 6),
            result.IsConsistent,
            result.MostInconsistent);
    }
}
