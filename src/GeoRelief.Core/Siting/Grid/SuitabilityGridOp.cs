using GeoRelief.Core.Siting.Criteria;
using GeoRelief.Core.Siting.Scoring;

namespace GeoRelief.Core.Siting.Grid;

/// <summary>Runs <see cref="SuitabilityOp.Score"/> over every cell of a grid.</summary>
public static class SuitabilityGridOp
{
    /// <summary>Evaluates every cell in the area.</summary>
    public static SuitabilityGridResult Evaluate(SuitabilityGridInput input, SuitabilityParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(parameters);
        var cells = input.Width * input.Height;
        var weights = SuitabilityOp.NormalisedWeights(parameters);
        var suitability = new float[cells];
        var score = new float[cells];
        var classes = new byte[cells];
        var failedMasks = new short[cells];
        var obstacles = new sbyte[cells];
        var perClass = new int[Enum.GetValues<SuitabilityClass>().Length];
        var perConstraint = new int[Enum.GetValues<HardConstraint>().Length];
        Span<double> scores = stackalloc double[SuitabilityOp.FactorCount];
        Span<double> degrees = stackalloc double[SuitabilityOp.FactorCount];
        var inArea = 0;
        var aspect = new float[cells];
        for (var i = 0; i < cells; i++)
        {
            if (!input.InArea[i])
            {
                suitability[i] = float.NaN;
                score[i] = float.NaN;
                classes[i] = byte.MaxValue;
                obstacles[i] = -1;
                aspect[i] = float.NaN;
                continue;
            }

            inArea++;
            aspect[i] = input.AspectDegrees is { } a ? a[i] : float.NaN;
            var m = new SiteMeasurement(
                Value(input.SlopeDegrees[i]),
                Value(input.ElevationMetres[i]),
                (ConstraintZones)input.Zones[i],
                (HazardLevel)input.Hazard[i],
                Value(input.HardenedRoadMetres[i]),
                Value(input.TownshipSeatMetres[i]),
                Value(input.JobsMetres[i]),
                Value(input.SchoolMetres[i]),
                Value(input.ClinicMetres[i]),
                input.SourceVillageMetres is { } source ? Value(source[i]) : null);
            var total = SuitabilityOp.Score(m, parameters, weights, scores, out var failed);
            var cellClass = SuitabilityOp.Classify(total, failed, parameters);
            score[i] = (float)total;
            suitability[i] = failed == 0 ? (float)total : 0;
            classes[i] = (byte)cellClass;
            failedMasks[i] = (short)failed;
            obstacles[i] = (sbyte)SuitabilityOp.ObstacleDegrees(weights, scores, degrees);
            perClass[(int)cellClass]++;
            for (var c = 0; c < perConstraint.Length; c++)
            {
                if ((failed & (1 << c)) != 0)
                {
                    perConstraint[c]++;
                }
            }
        }

        return new SuitabilityGridResult(input.Width, input.Height, suitability, score, classes, failedMasks, obstacles, inArea, perClass, perConstraint, aspect);
    }

    private static double? Value(float v) => float.IsFinite(v) ? v : null;
}
