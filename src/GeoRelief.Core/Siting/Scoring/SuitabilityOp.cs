using System.Globalization;
using GeoRelief.Core.Siting.Criteria;

namespace GeoRelief.Core.Siting.Scoring;

/// <summary>
/// Site suitability = (every hard constraint passes) × Σ w_j·s_j, with the obstacle degree of each factor
/// (DOMAIN.md). <see cref="Score"/> is the allocation-free kernel the grid evaluation runs per cell;
/// <see cref="Evaluate"/> explains one site in full.
/// </summary>
public static class SuitabilityOp
{
    /// <summary>The number of factors (the length of the factor-score span <see cref="Score"/> fills).</summary>
    public static int FactorCount { get; } = SuitabilityParameters.Factors.Count;

    /// <summary>
    /// Scores one site: fills <paramref name="factorScores"/> (0–100, in <see cref="SuitabilityFactor"/> order), returns
    /// the weighted score and sets <paramref name="failed"/> to a bit mask of failed <see cref="HardConstraint"/>s.
    /// <paramref name="weights"/> must be normalised (see <see cref="NormalisedWeights"/>).
    /// </summary>
    public static double Score(in SiteMeasurement m, SuitabilityParameters parameters, ReadOnlySpan<double> weights, Span<double> factorScores, out int failed)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        failed = 0;
        if ((m.Zones & ConstraintZones.EcologicalRedLine) != 0)
        {
            failed |= 1 << (int)HardConstraint.EcologicalRedLine;
        }

        if ((m.Zones & ConstraintZones.NatureReserve) != 0)
        {
            failed |= 1 << (int)HardConstraint.NatureReserve;
        }

        if ((m.Zones & ConstraintZones.BasicFarmland) != 0)
        {
            failed |= 1 << (int)HardConstraint.BasicFarmland;
        }

        if ((m.Zones & ConstraintZones.WaterSource) != 0)
        {
            failed |= 1 << (int)HardConstraint.WaterSource;
        }

        if ((m.Zones & ConstraintZones.Geohazard) != 0)
        {
            failed |= 1 << (int)HardConstraint.Geohazard;
        }

        if ((m.Zones & ConstraintZones.FloodZone) != 0)
        {
            failed |= 1 << (int)HardConstraint.FloodZone;
        }

        if (m.SlopeDegrees is not { } slope || slope > parameters.SlopeLimit.Degrees)
        {
            failed |= 1 << (int)HardConstraint.SlopeLimit;
        }

        if (m.ElevationMetres is { } elevation && elevation > parameters.AltitudeLimitMetres)
        {
            failed |= 1 << (int)HardConstraint.AltitudeLimit;
        }

        if (m.SourceVillageMetres is { } source && source < parameters.SourceVillageMinimumMetres)
        {
            failed |= 1 << (int)HardConstraint.SourceVillageDistance;
        }

        factorScores[(int)SuitabilityFactor.Slope] = m.SlopeDegrees is { } s ? parameters.SlopeScore.Score(s) : 0;
        factorScores[(int)SuitabilityFactor.HazardSusceptibility] = parameters.HazardScores[(int)m.Hazard];
        factorScores[(int)SuitabilityFactor.HardenedRoad] = Distance(parameters.HardenedRoadScore, m.HardenedRoadMetres);
        factorScores[(int)SuitabilityFactor.TownshipSeat] = Distance(parameters.TownshipSeatScore, m.TownshipSeatMetres);
        factorScores[(int)SuitabilityFactor.Jobs] = Distance(parameters.JobsScore, m.JobsMetres);
        factorScores[(int)SuitabilityFactor.School] = Distance(parameters.SchoolScore, m.SchoolMetres);
        factorScores[(int)SuitabilityFactor.Clinic] = Distance(parameters.ClinicScore, m.ClinicMetres);

        var total = 0.0;
        for (var j = 0; j < factorScores.Length; j++)
        {
            total += weights[j] * factorScores[j];
        }

        return total;
    }

    /// <summary>The weights scaled to sum 1.</summary>
    public static double[] NormalisedWeights(SuitabilityParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var sum = parameters.Weights.Sum();
        return parameters.Weights.Select(w => w / sum).ToArray();
    }

    /// <summary>The class of a suitability score for a site that passes (or fails: <paramref name="failed"/> ≠ 0) the constraints.</summary>
    public static SuitabilityClass Classify(double score, int failed, SuitabilityParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return failed != 0 ? SuitabilityClass.Excluded
            : score >= parameters.ClassBreaks[0] ? SuitabilityClass.HighlySuitable
            : score >= parameters.ClassBreaks[1] ? SuitabilityClass.Suitable
            : score >= parameters.ClassBreaks[2] ? SuitabilityClass.Marginal
            : SuitabilityClass.Unsuitable;
    }

    /// <summary>
    /// Fills <paramref name="obstacles"/> with the obstacle degree of every factor and returns the index of the largest,
    /// or −1 when every factor scores 100 (nothing holds the site back).
    /// </summary>
    public static int ObstacleDegrees(ReadOnlySpan<double> weights, ReadOnlySpan<double> factorScores, Span<double> obstacles)
    {
        var sum = 0.0;
        for (var j = 0; j < factorScores.Length; j++)
        {
            obstacles[j] = weights[j] * (1 - (factorScores[j] / 100));
            sum += obstacles[j];
        }

        var main = -1;
        for (var j = 0; j < factorScores.Length; j++)
        {
            obstacles[j] = sum > 0 ? obstacles[j] / sum : 0;
            // Ties (within rounding) go to the factor listed first, so equal shortfalls give a stable answer.
            if (obstacles[j] > 1e-12 && (main < 0 || obstacles[j] > obstacles[main] + 1e-12))
            {
                main = j;
            }
        }

        return main;
    }

    /// <summary>Evaluates one site in full.</summary>
    public static SiteEvaluation Evaluate(SiteMeasurement m, SuitabilityParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var weights = NormalisedWeights(parameters);
        Span<double> scores = stackalloc double[FactorCount];
        Span<double> obstacles = stackalloc double[FactorCount];
        var score = Score(m, parameters, weights, scores, out var failed);
        var main = ObstacleDegrees(weights, scores, obstacles);

        var constraints = Enum.GetValues<HardConstraint>()
            .Select(c => new ConstraintCheck(c, (failed & (1 << (int)c)) == 0, Detail(c, m, parameters)))
            .ToArray();
        double?[] values = [m.SlopeDegrees, (double)m.Hazard, m.HardenedRoadMetres, m.TownshipSeatMetres, m.JobsMetres, m.SchoolMetres, m.ClinicMetres];
        string[] units = ["°", "level", "m", "m", "m", "m", "m"];
        var factors = new FactorScore[FactorCount];
        for (var j = 0; j < FactorCount; j++)
        {
            factors[j] = new FactorScore((SuitabilityFactor)j, values[j], units[j], scores[j], weights[j], obstacles[j]);
        }

        return new SiteEvaluation(
            constraints,
            factors,
            score,
            failed == 0 ? score : 0,
            Classify(score, failed, parameters),
            main < 0 ? null : (SuitabilityFactor)main);
    }

    private static double Distance(BandedScore bands, double? metres) => metres is { } d ? bands.Score(d) : bands.Beyond;

    private static string Detail(HardConstraint constraint, SiteMeasurement m, SuitabilityParameters p)
    {
        var c = CultureInfo.InvariantCulture;
        return constraint switch
        {
            HardConstraint.EcologicalRedLine => Zone(m, ConstraintZones.EcologicalRedLine, "an ecological red line"),
            HardConstraint.NatureReserve => Zone(m, ConstraintZones.NatureReserve, "a nature reserve"),
            HardConstraint.BasicFarmland => Zone(m, ConstraintZones.BasicFarmland, "permanent basic farmland"),
            HardConstraint.WaterSource => Zone(m, ConstraintZones.WaterSource, "a water-source protection zone"),
            HardConstraint.Geohazard => Zone(m, ConstraintZones.Geohazard, string.Create(c, $"a geohazard zone or its {p.GeohazardBufferMetres:0} m buffer")),
            HardConstraint.FloodZone => Zone(m, ConstraintZones.FloodZone, "a flood zone"),
            HardConstraint.SlopeLimit => m.SlopeDegrees is { } s
                ? string.Create(c, $"slope {s:0.0}° ({Slope.DegreesToPercent(s):0.0} %) against a limit of {p.SlopeLimit.Value:0.##}{(p.SlopeLimit.Unit == SlopeUnit.Degrees ? "°" : " %")}")
                : "no elevation data here, so the slope is unknown",
            HardConstraint.AltitudeLimit => m.ElevationMetres is { } e
                ? string.Create(c, $"elevation {e:0} m against a limit of {p.AltitudeLimitMetres:0} m")
                : "no elevation data here",
            HardConstraint.SourceVillageDistance => m.SourceVillageMetres is { } d
                ? string.Create(c, $"{d:0} m from the nearest source village; at least {p.SourceVillageMinimumMetres:0} m required")
                : "no source villages given",
            _ => throw new ArgumentOutOfRangeException(nameof(constraint), constraint, null),
        };
    }

    private static string Zone(SiteMeasurement m, ConstraintZones zone, string what) =>
        (m.Zones & zone) != 0 ? $"inside {what}" : $"outside {what}";
}
