namespace GeoRelief.Core.Analytics.Classification;

/// <summary>
/// Class breaks of a set of values. Class i holds the values in (Breaks[i-1], Breaks[i]]; the first class
/// holds [Minimum, Breaks[0]], so every class is closed on its upper bound.
/// </summary>
public sealed class Classification
{
    internal Classification(
        ClassificationMethod method,
        int requestedClassCount,
        double minimum,
        IReadOnlyList<double> breaks,
        IReadOnlyList<int> classCounts,
        IReadOnlyList<int> valueClasses,
        double goodnessOfVarianceFit,
        string colorRamp,
        IReadOnlyList<string> colors,
        IReadOnlyList<string> notes)
    {
        Method = method;
        RequestedClassCount = requestedClassCount;
        Minimum = minimum;
        Breaks = breaks;
        ClassCounts = classCounts;
        ValueClasses = valueClasses;
        GoodnessOfVarianceFit = goodnessOfVarianceFit;
        ColorRamp = colorRamp;
        Colors = colors;
        Notes = notes;
    }

    /// <summary>The method that chose the breaks.</summary>
    public ClassificationMethod Method { get; }

    /// <summary>The k that was asked for; <see cref="ClassCount"/> may be smaller (see <see cref="Notes"/>).</summary>
    public int RequestedClassCount { get; }

    /// <summary>Number of classes actually formed.</summary>
    public int ClassCount => Breaks.Count;

    /// <summary>Smallest value classified: the lower bound of the first class.</summary>
    public double Minimum { get; }

    /// <summary>Upper bound of each class, ascending.</summary>
    public IReadOnlyList<double> Breaks { get; }

    /// <summary>Number of values in each class.</summary>
    public IReadOnlyList<int> ClassCounts { get; }

    /// <summary>Class index (0-based) of each input value, in input order.</summary>
    public IReadOnlyList<int> ValueClasses { get; }

    /// <summary>Goodness of variance fit, GVF = 1 − SDCM/SDAM (1 when all values are equal).</summary>
    public double GoodnessOfVarianceFit { get; }

    /// <summary>Name of the colour ramp used for <see cref="Colors"/>.</summary>
    public string ColorRamp { get; }

    /// <summary>One hex colour ("#rrggbb") per class, lightest or most negative first.</summary>
    public IReadOnlyList<string> Colors { get; }

    /// <summary>Plain-language remarks, e.g. why fewer classes were formed than were asked for.</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>Class index of a value; values below the minimum go to the first class and above the last break to the last.</summary>
    public int ClassOf(double value)
    {
        if (double.IsNaN(value))
        {
            throw new ArgumentException("A NaN value cannot be classified.", nameof(value));
        }

        return Internal.BreakSearch.ClassOf(Breaks, value);
    }
}
