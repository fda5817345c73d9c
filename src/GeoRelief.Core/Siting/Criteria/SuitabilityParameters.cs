using GeoRelief.Core.Siting.Ahp;

namespace GeoRelief.Core.Siting.Criteria;

/// <summary>
/// The whole siting model: every limit, band and weight, each with its unit. Defaults follow DOMAIN.md and the
/// sources named in docs/siting.md; every one can be changed per request.
/// </summary>
public sealed record SuitabilityParameters
{
    /// <summary>The slope limit of the hard constraint (default 25°, the common limit; urban residential codes use 25 % ≈ 14.04°).</summary>
    public Slope SlopeLimit { get; init; } = new(25, SlopeUnit.Degrees);

    /// <summary>Elevation above which a site is excluded, in metres (a regional limit; default 3,000 m, above any sample terrain).</summary>
    public double AltitudeLimitMetres { get; init; } = 3000;

    /// <summary>Buffer around geohazard zones that is excluded too, in metres (default 200 m).</summary>
    public double GeohazardBufferMetres { get; init; } = 200;

    /// <summary>Radius within which a geohazard zone sets the susceptibility factor, in metres (default 1,000 m).</summary>
    public double HazardSusceptibilityRadiusMetres { get; init; } = 1000;

    /// <summary>Minimum distance from the source (host) villages being moved, in metres (DOMAIN.md: ≥ 1 km).</summary>
    public double SourceVillageMinimumMetres { get; init; } = 1000;

    /// <summary>Slope bands in degrees (DOMAIN.md: 0–2° 100, 2–8° 80, 8–15° 60, &gt; 15° 40).</summary>
    public BandedScore SlopeScore { get; init; } = new("°", [new(2, 100), new(8, 80), new(15, 60)], 40);

    /// <summary>Scores of geohazard susceptibility none/low/medium/high (DOMAIN.md: 100/80/60/40).</summary>
    public IReadOnlyList<double> HazardScores { get; init; } = [100, 80, 60, 40];

    /// <summary>Distance bands to the nearest hardened road, metres.</summary>
    public BandedScore HardenedRoadScore { get; init; } = new("m", [new(500, 100), new(1000, 80), new(2000, 60), new(3000, 40)], 20);

    /// <summary>Distance bands to the nearest township seat, metres.</summary>
    public BandedScore TownshipSeatScore { get; init; } = new("m", [new(2000, 100), new(5000, 80), new(10000, 60), new(15000, 40)], 20);

    /// <summary>Distance bands to the nearest industrial base or workshop with jobs, metres.</summary>
    public BandedScore JobsScore { get; init; } = new("m", [new(1000, 100), new(3000, 80), new(5000, 60), new(10000, 40)], 20);

    /// <summary>Distance bands to the nearest school, metres (GB 50180-2018 walking circles: 500 m, 1,000 m).</summary>
    public BandedScore SchoolScore { get; init; } = new("m", [new(500, 100), new(1000, 80), new(2000, 60), new(5000, 40)], 20);

    /// <summary>Distance bands to the nearest clinic, metres (GB 50180-2018 walking circles: 500 m, 1,000 m).</summary>
    public BandedScore ClinicScore { get; init; } = new("m", [new(500, 100), new(1000, 80), new(2000, 60), new(5000, 40)], 20);

    /// <summary>Weights of the factors in <see cref="SuitabilityFactor"/> order; normalised to sum 1 when used.</summary>
    public IReadOnlyList<double> Weights { get; init; } = [0.25, 0.20, 0.15, 0.10, 0.15, 0.075, 0.075];

    /// <summary>Lower bounds of the classes highly suitable, suitable, marginal (scores 0–100; below the last: unsuitable).</summary>
    public IReadOnlyList<double> ClassBreaks { get; init; } = [80, 60, 40];

    /// <summary>The factors in weight order.</summary>
    public static IReadOnlyList<SuitabilityFactor> Factors { get; } = Enum.GetValues<SuitabilityFactor>();

    /// <summary>The parameters with weights taken from an AHP result whose criteria are factor names.</summary>
    public SuitabilityParameters WithWeights(AhpResult ahp)
    {
        ArgumentNullException.ThrowIfNull(ahp);
        var weights = new double[Factors.Count];
        for (var i = 0; i < ahp.Criteria.Count; i++)
        {
            if (!SuitabilityNames.TryParseFactor(ahp.Criteria[i], out var factor))
            {
                throw new ArgumentException($"'{ahp.Criteria[i]}' is not a factor; use {SuitabilityNames.FactorList}.", nameof(ahp));
            }

            weights[(int)factor] = ahp.Weights[i];
        }

        return this with { Weights = weights };
    }

    /// <summary>What is wrong with the parameters (naming the field), or null.</summary>
    public string? Validate()
    {
        if (!double.IsFinite(SlopeLimit.Value) || SlopeLimit.Value <= 0 || (SlopeLimit.Unit == SlopeUnit.Degrees && SlopeLimit.Value >= 90))
        {
            return "slopeLimit must be above 0 (degrees below 90, or percent).";
        }

        foreach (var (name, value) in new[]
                 {
                     ("altitudeLimitMetres", AltitudeLimitMetres), ("geohazardBufferMetres", GeohazardBufferMetres),
                     ("hazardSusceptibilityRadiusMetres", HazardSusceptibilityRadiusMetres), ("sourceVillageMinimumMetres", SourceVillageMinimumMetres),
                 })
        {
            if (!double.IsFinite(value) || value < 0)
            {
                return $"{name} must be a number of metres, 0 or more.";
            }
        }

        foreach (var (name, bands) in new[]
                 {
                     ("slopeScore", SlopeScore), ("hardenedRoadScore", HardenedRoadScore), ("townshipSeatScore", TownshipSeatScore),
                     ("jobsScore", JobsScore), ("schoolScore", SchoolScore), ("clinicScore", ClinicScore),
                 })
        {
            if (bands.Validate() is { } problem)
            {
                return $"{name}: {problem}";
            }
        }

        if (HazardScores.Count != 4 || HazardScores.Any(s => s is < 0 or > 100 || double.IsNaN(s)))
        {
            return "hazardScores must be four scores from 0 to 100, for none, low, medium and high susceptibility.";
        }

        if (Weights.Count != Factors.Count || Weights.Any(w => !double.IsFinite(w) || w < 0) || Weights.Sum() <= 0)
        {
            return $"weights must be {Factors.Count} numbers, 0 or more and not all 0, for {SuitabilityNames.FactorList} in that order.";
        }

        if (ClassBreaks.Count != 3 || !(ClassBreaks[0] > ClassBreaks[1] && ClassBreaks[1] > ClassBreaks[2]) || ClassBreaks.Any(b => b is < 0 or > 100))
        {
            return "classBreaks must be three falling scores from 100 to 0: the lower bounds of highly suitable, suitable and marginal.";
        }

        return null;
    }
}
