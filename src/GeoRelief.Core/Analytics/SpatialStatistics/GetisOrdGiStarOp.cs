using GeoRelief.Core.Analytics.SpatialStatistics.Internal;
using GeoRelief.Core.Analytics.Weights;

namespace GeoRelief.Core.Analytics.SpatialStatistics;

/// <summary>
/// Getis–Ord Gi* (Ord and Getis 1995) with the unit itself included and binary weights:
/// Gi* = (Σⱼ wᵢⱼ xⱼ − x̄ Wᵢ) / (S · √((n·Wᵢ − Wᵢ²)/(n − 1))), where Wᵢ counts the unit and its neighbours,
/// and x̄ and S = √(Σx²/n − x̄²) run over all units.
/// </summary>
public static class GetisOrdGiStarOp
{
    /// <summary>Computes Gi* with the default parameters (999 seeded permutations).</summary>
    public static GetisOrdGiStarResult Compute(IReadOnlyList<double> values, SpatialWeights weights) =>
        Compute(values, weights, new GetisOrdGiStarParameters());

    /// <summary>Computes Gi* for one value per unit; only the neighbour lists of <paramref name="weights"/> are used (as binary).</summary>
    /// <exception cref="ArgumentException">Values do not match the weights, are not finite or all equal; a parameter is out of range.</exception>
    public static GetisOrdGiStarResult Compute(IReadOnlyList<double> values, SpatialWeights weights, GetisOrdGiStarParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        StatisticsInput.Check(values, weights, minimumUnits: 3);
        StatisticsInput.CheckPermutations(parameters.Permutations, 0, nameof(parameters));

        var n = values.Count;
        var x = values.ToArray();
        var mean = x.Average();
        var s = Math.Sqrt(Math.Max((x.Sum(v => v * v) / n) - (mean * mean), 0));

        var sampler = new ConditionalPermutationSampler(n, parameters.Seed);
        var sample = new int[n - 1];
        var units = new GiStarUnit[n];
        for (var i = 0; i < n; i++)
        {
            var neighbours = weights.NeighbourArray(i);
            if (neighbours.Length == 0)
            {
                units[i] = new GiStarUnit(null, null, null, 0, HotSpotCategory.NoNeighbours);
                continue;
            }

            var sum = x[i];
            foreach (var j in neighbours)
            {
                sum += x[j];
            }

            double wi = neighbours.Length + 1;
            var spread = ((n * wi) - (wi * wi)) / (n - 1);

            // A unit that neighbours every other unit sums the whole map: its numerator is exactly zero, so it is no hot spot.
            var z = spread > 0 ? (sum - (mean * wi)) / (s * Math.Sqrt(spread)) : 0.0;
            var p = NormalDistribution.TwoSidedPValue(z);
            double? pseudo = parameters.Permutations > 0
                ? PermutationPValue(sampler, sample.AsSpan(0, neighbours.Length), i, x, sum, parameters.Permutations)
                : null;
            units[i] = new GiStarUnit(z, p, pseudo, neighbours.Length, Categorise(z, p));
        }

        return new GetisOrdGiStarResult
        {
            Units = units,
            Permutations = parameters.Permutations,
            Seed = parameters.Seed,
            UnitsWithoutNeighbours = weights.UnitsWithoutNeighbours,
        };
    }

    private static double PermutationPValue(ConditionalPermutationSampler sampler, Span<int> sample, int unit, double[] x, double observedSum, int permutations)
    {
        // Only the local sum varies between permutations (x̄, S and Wᵢ are fixed), so it is compared directly.
        var atOrAbove = 0;
        var atOrBelow = 0;
        for (var p = 0; p < permutations; p++)
        {
            sampler.Draw(unit, sample);
            var sum = x[unit];
            foreach (var j in sample)
            {
                sum += x[j];
            }

            atOrAbove += sum >= observedSum ? 1 : 0;
            atOrBelow += sum <= observedSum ? 1 : 0;
        }

        return PseudoPValue.FromCounts(atOrAbove, atOrBelow, permutations);
    }

    private static HotSpotCategory Categorise(double z, double p) => p switch
    {
        <= 0.01 => z > 0 ? HotSpotCategory.HotSpot99 : HotSpotCategory.ColdSpot99,
        <= 0.05 => z > 0 ? HotSpotCategory.HotSpot95 : HotSpotCategory.ColdSpot95,
        <= 0.10 => z > 0 ? HotSpotCategory.HotSpot90 : HotSpotCategory.ColdSpot90,
        _ => HotSpotCategory.NotSignificant,
    };
}
