using System.Globalization;
using GeoRelief.Core.Analytics.SpatialStatistics.Internal;
using GeoRelief.Core.Analytics.Weights;

namespace GeoRelief.Core.Analytics.SpatialStatistics;

/// <summary>
/// Local Moran's I (LISA, Anselin 1995) with conditional permutation pseudo p-values and HH/LL/HL/LH labels.
/// With row-standardised weights the mean of the local values equals global Moran's I.
/// </summary>
public static class LocalMoranOp
{
    /// <summary>Computes LISA with the default parameters: 999 seeded permutations, α = 0.05.</summary>
    public static LocalMoranResult Compute(IReadOnlyList<double> values, SpatialWeights weights) =>
        Compute(values, weights, new LocalMoranParameters());

    /// <summary>Computes LISA for one value per unit of <paramref name="weights"/>, used as given (row-standardise them for the usual map).</summary>
    /// <exception cref="ArgumentException">Values do not match the weights, are not finite or all equal; a parameter is out of range.</exception>
    public static LocalMoranResult Compute(IReadOnlyList<double> values, SpatialWeights weights, LocalMoranParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        StatisticsInput.Check(values, weights, minimumUnits: 3);
        StatisticsInput.CheckPermutations(parameters.Permutations, 1, nameof(parameters));
        if (parameters.Alpha is not (> 0 and < 1))
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"Alpha is {parameters.Alpha}; it must lie strictly between 0 and 1 (0.05 is usual)."),
                nameof(parameters));
        }

        var n = values.Count;
        var mean = values.Average();
        var z = values.Select(v => v - mean).ToArray();
        var m2 = z.Sum(v => v * v) / n;

        var sampler = new ConditionalPermutationSampler(n, parameters.Seed);
        var units = new LocalMoranUnit[n];
        var sample = new int[n - 1];
        for (var i = 0; i < n; i++)
        {
            var neighbours = weights.NeighbourArray(i);
            if (neighbours.Length == 0)
            {
                units[i] = new LocalMoranUnit(0, z[i], 0, null, LisaCluster.NoNeighbours);
                continue;
            }

            var w = weights.WeightArray(i);
            var lag = 0.0;
            for (var t = 0; t < neighbours.Length; t++)
            {
                lag += w[t] * z[neighbours[t]];
            }

            var local = z[i] * lag / m2;
            var p = PermutationPValue(sampler, sample.AsSpan(0, neighbours.Length), i, w, z, local, m2, parameters.Permutations);
            var cluster = p <= parameters.Alpha ? Quadrant(z[i], lag) : LisaCluster.NotSignificant;
            units[i] = new LocalMoranUnit(local, z[i], lag, p, cluster);
        }

        return new LocalMoranResult
        {
            Units = units,
            Permutations = parameters.Permutations,
            Seed = parameters.Seed,
            Alpha = parameters.Alpha,
            UnitsWithoutNeighbours = weights.UnitsWithoutNeighbours,
        };
    }

    private static double PermutationPValue(
        ConditionalPermutationSampler sampler, Span<int> sample, int unit, double[] w, double[] z, double observed, double m2, int permutations)
    {
        var scale = z[unit] / m2;
        var atOrAbove = 0;
        var atOrBelow = 0;
        for (var p = 0; p < permutations; p++)
        {
            sampler.Draw(unit, sample);
            var lag = 0.0;
            for (var t = 0; t < sample.Length; t++)
            {
                lag += w[t] * z[sample[t]];
            }

            var simulated = scale * lag;
            atOrAbove += simulated >= observed ? 1 : 0;
            atOrBelow += simulated <= observed ? 1 : 0;
        }

        return PseudoPValue.FromCounts(atOrAbove, atOrBelow, permutations);
    }

    // As in GeoDa and esda, a value exactly at the mean counts as low.
    private static LisaCluster Quadrant(double deviation, double lag) => (deviation > 0, lag > 0) switch
    {
        (true, true) => LisaCluster.HighHigh,
        (false, false) => LisaCluster.LowLow,
        (true, false) => LisaCluster.HighLow,
        (false, true) => LisaCluster.LowHigh,
    };
}
