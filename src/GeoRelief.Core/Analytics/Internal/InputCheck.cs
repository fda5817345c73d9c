namespace GeoRelief.Core.Analytics.Internal;

/// <summary>Argument checks shared by the analytics operations, with messages a planner can act on.</summary>
internal static class InputCheck
{
    /// <summary>Refuses a null or empty list and any NaN or infinite value, naming the first offender.</summary>
    public static void RequireFiniteValues(IReadOnlyList<double> values, string paramName)
    {
        ArgumentNullException.ThrowIfNull(values, paramName);
        if (values.Count == 0)
        {
            throw new ArgumentException("No values were given; at least one value is needed.", paramName);
        }

        for (var i = 0; i < values.Count; i++)
        {
            if (!double.IsFinite(values[i]))
            {
                throw new ArgumentException(
                    $"Value at index {i} is {Describe(values[i])}; every value must be a finite number (remove or impute missing data first).",
                    paramName);
            }
        }
    }

    /// <summary>Refuses a value list whose length differs from the number of spatial units.</summary>
    public static void RequireUnitCount(int actual, int unitCount, string paramName)
    {
        if (actual != unitCount)
        {
            throw new ArgumentException(
                $"{actual} values were given for {unitCount} spatial units; give exactly one value per unit, in the order of the weights.",
                paramName);
        }
    }

    private static string Describe(double value) => double.IsNaN(value) ? "NaN" : "infinite";
}
