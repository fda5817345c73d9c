using GeoRelief.Core.Analytics.SpatialStatistics.Internal;
using GeoRelief.Core.Analytics.Weights;

namespace GeoRelief.Core.Analytics.SpatialStatistics;

/// <summary>Global Moran's I: I = (n / S0) · Σᵢ Σⱼ wᵢⱼ zᵢ zⱼ / Σᵢ zᵢ², with the weights used as given (binary or row-standardised).</summary>
public static class GlobalMoranOp
{
    /// <summary>Computes global Moran's I with the default parameters (999 seeded permutations).</summary>
    public static GlobalMoranResult Compute(IReadOnlyList<double> values, SpatialWeights weights) =>
        Compute(values, weights, new GlobalMoranParameters());

    /// <summary>Computes global Moran's I of one value per unit of <paramref name="weights"/>.</summary>
    /// <exception cref="ArgumentException">
    /// Values do not match the weights, are not finite or are all equal; no unit has a neighbour; every unit neighbours
    /// every other.
    /// </exception>
    public static GlobalMoranResult Compute(IReadOnlyList<double> values, SpatialWeights weights, GlobalMoranParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        StatisticsInput.Check(values, weights, minimumUnits: 4);
        StatisticsInput.CheckPermutations(parameters.Permutations, 0, nameof(parameters));

        var n = values.Count;
        var z = Deviations(values);
        var sumSquares = z.Sum(v => v * v);
        var (s0, s1, s2) = WeightSums(weights);
        if (s0 == 0)
        {
            throw new ArgumentException("No unit has a neighbour, so Moran's I is undefined; check the weights.", nameof(weights));
        }

        if (Enumerable.Range(0, n).All(unit => weights.NeighbourCount(unit) == n - 1))
        {
            // Then I = −1/(n − 1) whatever the values, and its variance is zero: z would be 0/0.
            throw new ArgumentException(
                "Every unit neighbours every other, so the weights hold no geography: Moran's I is −1/(n − 1) whatever the values.", nameof(weights));
        }

        var i = n / s0 * CrossProduct(weights, z) / sumSquares;
        var expected = -1.0 / (n - 1);

        double nn = n;
        var varianceNormality = (((nn * nn * s1) - (nn * s2) + (3 * s0 * s0)) / (((nn * nn) - 1) * s0 * s0)) - (expected * expected);
        var kurtosis = nn * z.Sum(v => v * v * v * v) / (sumSquares * sumSquares);
        var varianceRandomisation =
            (((nn * (((nn * nn) - (3 * nn) + 3) * s1 - (nn * s2) + (3 * s0 * s0)))
              - (kurtosis * ((((nn * nn) - nn) * s1) - (2 * nn * s2) + (6 * s0 * s0))))
             / ((nn - 1) * (nn - 2) * (nn - 3) * s0 * s0))
            - (expected * expected);

        var zNormality = (i - expected) / Math.Sqrt(varianceNormality);
        var zRandomisation = (i - expected) / Math.Sqrt(varianceRandomisation);

        return new GlobalMoranResult
        {
            I = i,
            ExpectedI = expected,
            VarianceNormality = varianceNormality,
            VarianceRandomisation = varianceRandomisation,
            ZNormality = zNormality,
            ZRandomisation = zRandomisation,
            PValueNormality = NormalDistribution.TwoSidedPValue(zNormality),
            PValueRandomisation = NormalDistribution.TwoSidedPValue(zRandomisation),
            PseudoPValue = parameters.Permutations > 0 ? PermutationPValue(weights, z, i, s0, sumSquares, parameters) : null,
            Permutations = parameters.Permutations,
            UnitCount = n,
            UnitsWithoutNeighbours = weights.UnitsWithoutNeighbours,
        };
    }

    private static double PermutationPValue(SpatialWeights weights, double[] z, double observed, double s0, double sumSquares, GlobalMoranParameters parameters)
    {
        // A full random relabelling of the values over the units; Σz² is unchanged by it.
        var random = new Random(parameters.Seed);
        var shuffled = (double[])z.Clone();
        var scale = z.Length / s0 / sumSquares;
        var atOrAbove = 0;
        var atOrBelow = 0;
        for (var p = 0; p < parameters.Permutations; p++)
        {
            random.Shuffle(shuffled);
            var simulated = scale * CrossProduct(weights, shuffled);
            atOrAbove += simulated >= observed ? 1 : 0;
            atOrBelow += simulated <= observed ? 1 : 0;
        }

        return PseudoPValue.FromCounts(atOrAbove, atOrBelow, parameters.Permutations);
    }

    private static double CrossProduct(SpatialWeights weights, double[] z)
    {
        var total = 0.0;
        for (var i = 0; i < z.Length; i++)
        {
            var neighbours = weights.NeighbourArray(i);
            var w = weights.WeightArray(i);
            var lag = 0.0;
            for (var t = 0; t < neighbours.Length; t++)
            {
                lag += w[t] * z[neighbours[t]];
            }

            total += z[i] * lag;
        }

        return total;
    }

    /// <summary>S0 = Σ wᵢⱼ; S1 = ½ Σ (wᵢⱼ + wⱼᵢ)² = Σ wᵢⱼ² + Σ wᵢⱼ wⱼᵢ; S2 = Σᵢ (row sumᵢ + column sumᵢ)².</summary>
    private static (double S0, double S1, double S2) WeightSums(SpatialWeights weights)
    {
        var n = weights.UnitCount;
        var stored = new Dictionary<(int, int), double>();
        var rowSums = new double[n];
        var columnSums = new double[n];
        for (var i = 0; i < n; i++)
        {
            var neighbours = weights.NeighbourArray(i);
            var w = weights.WeightArray(i);
            for (var t = 0; t < neighbours.Length; t++)
            {
                stored[(i, neighbours[t])] = w[t];
                rowSums[i] += w[t];
                columnSums[neighbours[t]] += w[t];
            }
        }

        double s0 = 0, s1 = 0, s2 = 0;
        foreach (var ((i, j), w) in stored)
        {
            s0 += w;
            s1 += w * (w + stored.GetValueOrDefault((j, i)));
        }

        for (var i = 0; i < n; i++)
        {
            var total = rowSums[i] + columnSums[i];
            s2 += total * total;
        }

        return (s0, s1, s2);
    }

    private static double[] Deviations(IReadOnlyList<double> values)
    {
        var mean = values.Average();
        return [.. values.Select(v => v - mean)];
    }
}
