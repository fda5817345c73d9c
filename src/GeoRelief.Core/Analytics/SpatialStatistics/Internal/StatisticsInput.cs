using System.Globalization;
using GeoRelief.Core.Analytics.Internal;
using GeoRelief.Core.Analytics.Weights;

namespace GeoRelief.Core.Analytics.SpatialStatistics.Internal;

/// <summary>Checks shared by the spatial statistics.</summary>
internal static class StatisticsInput
{
    /// <summary>Refuses values that do not fit the weights, non-finite values and constant values.</summary>
    public static void Check(IReadOnlyList<double> values, SpatialWeights weights, int minimumUnits)
    {
        ArgumentNullException.ThrowIfNull(weights);
        InputCheck.RequireFiniteValues(values, nameof(values));
        InputCheck.RequireUnitCount(values.Count, weights.UnitCount, nameof(values));
        if (values.Count < minimumUnits)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"{values.Count} units were given; this statistic needs at least {minimumUnits}."),
                nameof(values));
        }

        var first = values[0];
        if (values.All(v => v == first))
        {
            throw new ArgumentException(
                "All values are equal, so there is no variation to be clustered; spatial autocorrelation is undefined.",
                nameof(values));
        }
    }

    /// <summary>Refuses a permutation count outside 0 (or 1) … 99 999.</summary>
    public static void CheckPermutations(int permutations, int minimum, string paramName)
    {
        if (permutations < minimum || permutations > 99_999)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"Permutations is {permutations}; use {minimum} … 99 999 (999 is usual)."),
                paramName);
        }
    }
}
