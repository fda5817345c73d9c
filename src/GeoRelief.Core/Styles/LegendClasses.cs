using System.Globalization;

namespace GeoRelief.Core.Styles;

/// <summary>Builds the classes of a classed figure from its values, the class breaks and the colours.</summary>
public static class LegendClasses
{
    /// <summary>
    /// One class per break: lower bound the previous break (the first: the smallest value), upper bound the break,
    /// the count of <paramref name="values"/> in it (closed on the upper bound; values above the last break count in
    /// the last class), and labels such as "12.5 – 30.0 人/km²" / "12.5 – 30.0 persons/km²". Fixed breaks give the
    /// lower bound of their scale as <paramref name="lowerBound"/> (e.g. 0 %) instead of the smallest value.
    /// </summary>
    public static IReadOnlyList<LegendClass> Classed(
        IReadOnlyList<double> values, IReadOnlyList<double> breaks, IReadOnlyList<string> colours, LegendUnit unit, double? lowerBound = null)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(breaks);
        ArgumentNullException.ThrowIfNull(colours);
        ArgumentNullException.ThrowIfNull(unit);
        if (colours.Count < breaks.Count)
        {
            throw new ArgumentException($"{breaks.Count} classes need {breaks.Count} colours, not {colours.Count}.", nameof(colours));
        }

        if (breaks.Count == 0)
        {
            return [];
        }

        var counts = new long[breaks.Count];
        foreach (var value in values)
        {
            counts[ClassOf(breaks, value)]++;
        }

        var minimum = lowerBound ?? (values.Count == 0 ? breaks[0] : Math.Min(values.Min(), breaks[0]));
        var classes = new LegendClass[breaks.Count];
        for (var i = 0; i < breaks.Count; i++)
        {
            var lower = i == 0 ? minimum : breaks[i - 1];
            var range = $"{Format(lower, unit.Decimals)} – {Format(breaks[i], unit.Decimals)}";
            classes[i] = new LegendClass(lower, breaks[i], null, colours[i], counts[i], $"{range} {unit.Zh}", $"{range} {unit.En}");
        }

        return classes;
    }

    /// <summary>The 0-based class of <paramref name="value"/>: the first break it does not exceed, or the last class.</summary>
    public static int ClassOf(IReadOnlyList<double> breaks, double value)
    {
        ArgumentNullException.ThrowIfNull(breaks);
        for (var i = 0; i < breaks.Count; i++)
        {
            if (value <= breaks[i])
            {
                return i;
            }
        }

        return breaks.Count - 1;
    }

    private static string Format(double value, int decimals) =>
        value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}
