using System.Globalization;
using GeoRelief.Core.Analytics.Internal;

namespace GeoRelief.Core.Analytics.Smoothing;

/// <summary>
/// Empirical-Bayes smoothing of rates (Marshall 1991): rᵢ = yᵢ/nᵢ is shrunk toward the prior mean b by
/// wᵢ = a / (a + b/nᵢ), with a = s² − b/n̄ the between-area variance (moment estimate, floored at 0) and
/// s² = Σ nᵢ (rᵢ − b)² / Σ nᵢ. Small populations are pulled hardest, which steadies rates before hot-spot analysis.
/// </summary>
public static class EmpiricalBayesSmoothingOp
{
    /// <summary>Global empirical-Bayes smoothing toward the overall rate.</summary>
    public static IReadOnlyList<EmpiricalBayesRate> Smooth(IReadOnlyList<double> events, IReadOnlyList<double> populations) =>
        Smooth(events, populations, new EmpiricalBayesParameters());

    /// <summary>Global or, when <see cref="EmpiricalBayesParameters.Neighbours"/> is set, local empirical-Bayes smoothing.</summary>
    /// <exception cref="ArgumentException">Lists differ in length, a count is negative or not finite, events exceed zero population, or the total population is zero.</exception>
    public static IReadOnlyList<EmpiricalBayesRate> Smooth(IReadOnlyList<double> events, IReadOnlyList<double> populations, EmpiricalBayesParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        Check(events, populations);
        var n = events.Count;
        var rates = new double?[n];
        for (var i = 0; i < n; i++)
        {
            rates[i] = populations[i] > 0 ? events[i] / populations[i] : null;
        }

        var neighbours = parameters.Neighbours;
        if (neighbours is not null)
        {
            InputCheck.RequireUnitCount(neighbours.UnitCount, n, nameof(parameters));
        }

        var result = new EmpiricalBayesRate[n];
        var everyone = neighbours is null ? Enumerable.Range(0, n).ToArray() : null;
        var (globalMean, globalVariance) = everyone is null ? (0.0, 0.0) : Prior(everyone, events, populations, rates);
        for (var i = 0; i < n; i++)
        {
            var (mean, variance) = neighbours is null
                ? (globalMean, globalVariance)
                : Prior([i, .. neighbours.NeighboursOf(i)], events, populations, rates);
            var shrinkage = Shrinkage(variance, mean, populations[i]);
            var smoothed = rates[i] is { } raw ? (shrinkage * raw) + ((1 - shrinkage) * mean) : mean;
            result[i] = new EmpiricalBayesRate(rates[i], smoothed, mean, variance, shrinkage, populations[i]);
        }

        return result;
    }

    /// <summary>Prior mean b = Σy/Σn and variance a = max(0, s² − b/n̄) over a set of units.</summary>
    private static (double Mean, double Variance) Prior(int[] units, IReadOnlyList<double> events, IReadOnlyList<double> populations, double?[] rates)
    {
        double totalEvents = 0, totalPopulation = 0;
        foreach (var j in units)
        {
            totalEvents += events[j];
            totalPopulation += populations[j];
        }

        if (totalPopulation == 0)
        {
            // A window of empty units has no information of its own; nothing to shrink toward but zero.
            return (0, 0);
        }

        var mean = totalEvents / totalPopulation;
        var spread = 0.0;
        foreach (var j in units)
        {
            if (rates[j] is { } r)
            {
                spread += populations[j] * (r - mean) * (r - mean);
            }
        }

        var s2 = spread / totalPopulation;
        var meanPopulation = totalPopulation / units.Length;
        return (mean, Math.Max(0, s2 - (mean / meanPopulation)));
    }

    private static double Shrinkage(double variance, double mean, double population)
    {
        if (population <= 0)
        {
            return 0;
        }

        var denominator = variance + (mean / population);
        return denominator > 0 ? variance / denominator : 0;
    }

    private static void Check(IReadOnlyList<double> events, IReadOnlyList<double> populations)
    {
        InputCheck.RequireFiniteValues(events, nameof(events));
        InputCheck.RequireFiniteValues(populations, nameof(populations));
        if (events.Count != populations.Count)
        {
            throw new ArgumentException(
                Format($"{events.Count} event counts but {populations.Count} populations were given; give one of each per unit."), nameof(populations));
        }

        for (var i = 0; i < events.Count; i++)
        {
            if (events[i] < 0 || populations[i] < 0)
            {
                throw new ArgumentException(Format($"Unit {i} has a negative count; events and populations must be zero or more."), nameof(events));
            }

            if (populations[i] == 0 && events[i] > 0)
            {
                throw new ArgumentException(Format($"Unit {i} has {events[i]} events but no population; fix the population figure."), nameof(events));
            }
        }

        if (populations.Sum() == 0)
        {
            throw new ArgumentException("Every population is zero, so no rate can be estimated.", nameof(populations));
        }
    }

    private static string Format(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
