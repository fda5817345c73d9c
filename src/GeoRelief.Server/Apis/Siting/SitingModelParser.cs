using GeoRelief.Core.Siting.Ahp;
using GeoRelief.Core.Siting.Criteria;

namespace GeoRelief.Server.Apis.Siting;

/// <summary>Turns request overrides into <see cref="SuitabilityParameters"/>, with the field and problem when invalid.</summary>
public static class SitingModelParser
{
    /// <summary>The parsed model; on failure the field, the problem, and (for an inconsistent AHP matrix) its result.</summary>
    public static (SuitabilityParameters? Model, string? Field, string? Problem, AhpResult? InconsistentAhp) Parse(SitingModelRequest? request)
    {
        var p = new SuitabilityParameters();
        if (request is null)
        {
            return (p, null, null, null);
        }

        if (request.SlopeLimit is { } limit || request.SlopeLimitUnit is not null)
        {
            SlopeUnit unit;
            switch (request.SlopeLimitUnit?.ToUpperInvariant())
            {
                case null or "DEGREES" or "DEG" or "°":
                    unit = SlopeUnit.Degrees;
                    break;
                case "PERCENT" or "%":
                    unit = SlopeUnit.Percent;
                    break;
                default:
                    return (null, "model.slopeLimitUnit", $"'{request.SlopeLimitUnit}' is not a slope unit; use 'degrees' or 'percent'.", null);
            }

            // 25 is the documented default in either unit: 25° the common limit, 25 % the urban residential codes.
            p = p with { SlopeLimit = new Slope(request.SlopeLimit ?? 25, unit) };
        }

        p = p with
        {
            AltitudeLimitMetres = request.AltitudeLimitMetres ?? p.AltitudeLimitMetres,
            GeohazardBufferMetres = request.GeohazardBufferMetres ?? p.GeohazardBufferMetres,
            HazardSusceptibilityRadiusMetres = request.HazardSusceptibilityRadiusMetres ?? p.HazardSusceptibilityRadiusMetres,
            SourceVillageMinimumMetres = request.SourceVillageMinimumMetres ?? p.SourceVillageMinimumMetres,
            SlopeScore = Bands(request.SlopeBands, p.SlopeScore),
            HazardScores = request.HazardScores ?? p.HazardScores,
            HardenedRoadScore = Bands(request.HardenedRoadBands, p.HardenedRoadScore),
            TownshipSeatScore = Bands(request.TownshipSeatBands, p.TownshipSeatScore),
            JobsScore = Bands(request.JobsBands, p.JobsScore),
            SchoolScore = Bands(request.SchoolBands, p.SchoolScore),
            ClinicScore = Bands(request.ClinicBands, p.ClinicScore),
            ClassBreaks = request.ClassBreaks ?? p.ClassBreaks,
        };

        if (request.Weights is not null && request.Ahp is not null)
        {
            return (null, "model.weights", "give either direct weights or an AHP matrix (model.ahp), not both.", null);
        }

        if (request.Weights is { } direct)
        {
            var weights = new double[SuitabilityParameters.Factors.Count];
            foreach (var (name, weight) in direct)
            {
                if (!SuitabilityNames.TryParseFactor(name, out var factor))
                {
                    return (null, "model.weights", $"'{name}' is not a factor; use {SuitabilityNames.FactorList}.", null);
                }

                weights[(int)factor] = weight;
            }

            p = p with { Weights = weights };
        }

        if (request.Ahp is { } ahpRequest)
        {
            var (ahp, field, problem) = Ahp(ahpRequest, "model.ahp");
            if (ahp is null)
            {
                return (null, field, problem, null);
            }

            if (!ahp.IsConsistent)
            {
                return (null, "model.ahp.matrix", ahp.Explanation(), ahp);
            }

            if (ahp.Criteria.FirstOrDefault(c => !SuitabilityNames.TryParseFactor(c, out _)) is { } unknown)
            {
                return (null, "model.ahp.criteria", $"'{unknown}' is not a factor; use {SuitabilityNames.FactorList}.", null);
            }

            p = p.WithWeights(ahp);
        }

        return p.Validate() is { } invalid ? (null, "model", invalid, null) : (p, null, null, null);
    }

    /// <summary>
    /// Computes an AHP request; on a malformed one the field and problem. <paramref name="prefix"/> is where the request
    /// sits in the body ("model.ahp"), or empty when it is the body itself.
    /// </summary>
    public static (AhpResult? Result, string? Field, string? Problem) Ahp(AhpRequest request, string prefix)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(prefix);
        string Field(string name) => prefix.Length == 0 ? name : $"{prefix}.{name}";
        if (request.Criteria is null)
        {
            return (null, Field("criteria"), "is missing: give the criteria's names, in the order of the matrix's rows and columns.");
        }

        if (request.Matrix is null)
        {
            return (null, Field("matrix"), "is missing: give the n × n judgements, row i compared with column j.");
        }

        var parameters = new AhpParameters(request.Criteria, request.Matrix, request.ConsistencyLimit ?? AhpParameters.SaatyConsistencyLimit);
        if (AhpOp.Validate(parameters) is { } problem)
        {
            return (null, Field("matrix"), problem);
        }

        return (AhpOp.Compute(parameters), null, null);
    }

    private static BandedScore Bands(BandsModel? model, BandedScore defaults) =>
        model is null ? defaults : defaults with { Bands = model.Bands.Select(b => new ScoreBand(b.UpTo, b.Score)).ToArray(), Beyond = model.Beyond };
}
