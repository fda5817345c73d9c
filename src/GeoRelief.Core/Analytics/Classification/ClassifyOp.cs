using System.Globalization;
using GeoRelief.Core.Analytics.Classification.Internal;
using GeoRelief.Core.Analytics.Internal;

namespace GeoRelief.Core.Analytics.Classification;

/// <summary>Classifies values for a choropleth map: breaks, class counts, goodness of variance fit and colours.</summary>
public static class ClassifyOp
{
    /// <summary>Classifies with the default parameters: five Fisher–Jenks classes.</summary>
    public static Classification Classify(IReadOnlyList<double> values) => Classify(values, new ClassifyParameters());

    /// <summary>Classifies <paramref name="values"/> as <paramref name="parameters"/> say.</summary>
    /// <exception cref="ArgumentException">Values are empty or not finite, or a parameter is out of range.</exception>
    public static Classification Classify(IReadOnlyList<double> values, ClassifyParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        InputCheck.RequireFiniteValues(values, nameof(values));
        Validate(parameters);

        var sorted = values.ToArray();
        Array.Sort(sorted);
        var notes = new List<string>();
        var breaks = ChooseBreaks(sorted, parameters, notes);

        var classCounts = new int[breaks.Length];
        var valueClasses = new int[values.Count];
        for (var i = 0; i < values.Count; i++)
        {
            var c = BreakSearch.ClassOf(breaks, values[i]);
            valueClasses[i] = c;
            classCounts[c]++;
        }

        var colors = ColorRamps.Get(parameters.ColorRamp, breaks.Length);
        return new Classification(
            parameters.Method,
            parameters.Method == ClassificationMethod.Manual ? breaks.Length : parameters.K,
            sorted[0],
            breaks,
            classCounts,
            valueClasses,
            GoodnessOfVarianceFit(sorted, breaks),
            parameters.ColorRamp,
            colors,
            notes);
    }

    private static double[] ChooseBreaks(double[] sorted, ClassifyParameters parameters, List<string> notes)
    {
        switch (parameters.Method)
        {
            case ClassificationMethod.Manual:
                return ManualBreaks(sorted, parameters.ManualBreaks!, notes);
            case ClassificationMethod.HeadTail:
                return HeadTailBreaks.Compute(sorted, parameters.K, parameters.HeadTailHeadLimit);
        }

        var k = parameters.K;
        var distinct = CountDistinct(sorted);
        if (distinct < k)
        {
            // Fewer distinct values than classes: each value is its own class, which is also the optimum of every method.
            notes.Add(Format($"Only {distinct} distinct value(s): {distinct} class(es) formed instead of the {k} asked for."));
            return DistinctValues(sorted);
        }

        var breaks = parameters.Method switch
        {
            ClassificationMethod.EqualInterval => EqualIntervalBreaks.Compute(sorted, k),
            ClassificationMethod.Quantile => QuantileBreaks.Compute(sorted, k),
            ClassificationMethod.FisherJenks => FisherJenksBreaks.Compute(sorted, k),
            _ => throw new ArgumentOutOfRangeException(nameof(parameters), parameters.Method, "Unknown classification method."),
        };
        if (breaks.Length < k)
        {
            notes.Add(Format($"Tied values made some quantiles coincide: {breaks.Length} classes formed instead of the {k} asked for."));
        }

        return breaks;
    }

    private static double[] ManualBreaks(double[] sorted, IReadOnlyList<double> manual, List<string> notes)
    {
        var breaks = manual.ToList();
        if (breaks[^1] < sorted[^1])
        {
            // Without a top class the largest values would fall outside every class.
            breaks.Add(sorted[^1]);
            notes.Add(Format($"The largest value {sorted[^1]} lies above the last manual break {manual[^1]}; a last class up to {sorted[^1]} was added."));
        }

        return [.. breaks];
    }

    private static double GoodnessOfVarianceFit(double[] sorted, double[] breaks)
    {
        var mean = sorted.Average();
        var sdam = 0.0;
        foreach (var v in sorted)
        {
            sdam += (v - mean) * (v - mean);
        }

        if (sdam == 0)
        {
            return 1.0;
        }

        // sorted is ascending, so each class is a contiguous run.
        var sdcm = 0.0;
        var start = 0;
        for (var c = 0; c < breaks.Length && start < sorted.Length; c++)
        {
            var end = start;
            while (end < sorted.Length && (sorted[end] <= breaks[c] || c == breaks.Length - 1))
            {
                end++;
            }

            if (end > start)
            {
                var classMean = 0.0;
                for (var i = start; i < end; i++)
                {
                    classMean += sorted[i];
                }

                classMean /= end - start;
                for (var i = start; i < end; i++)
                {
                    sdcm += (sorted[i] - classMean) * (sorted[i] - classMean);
                }
            }

            start = end;
        }

        return 1.0 - (sdcm / sdam);
    }

    private static void Validate(ClassifyParameters parameters)
    {
        if (!ColorRamps.Exists(parameters.ColorRamp))
        {
            throw new ArgumentException(
                $"Unknown colour ramp \"{parameters.ColorRamp}\"; use one of {string.Join(", ", ColorRamps.Names)}.",
                nameof(parameters));
        }

        if (parameters.Method == ClassificationMethod.Manual)
        {
            ValidateManualBreaks(parameters);
            return;
        }

        if (parameters.K < 1)
        {
            throw new ArgumentException(Format($"K (number of classes) is {parameters.K}; it must be at least 1."), nameof(parameters));
        }

        if (parameters.Method == ClassificationMethod.HeadTail && parameters.HeadTailHeadLimit is not (> 0 and <= 1))
        {
            throw new ArgumentException(
                Format($"HeadTailHeadLimit is {parameters.HeadTailHeadLimit}; it must be a share in (0, 1], usually 0.4."),
                nameof(parameters));
        }
    }

    private static void ValidateManualBreaks(ClassifyParameters parameters)
    {
        var breaks = parameters.ManualBreaks;
        if (breaks is null || breaks.Count == 0)
        {
            throw new ArgumentException("Manual classification needs ManualBreaks: the upper bound of each class, ascending.", nameof(parameters));
        }

        for (var i = 0; i < breaks.Count; i++)
        {
            if (!double.IsFinite(breaks[i]))
            {
                throw new ArgumentException(Format($"Manual break at index {i} is not a finite number."), nameof(parameters));
            }

            if (i > 0 && breaks[i] <= breaks[i - 1])
            {
                throw new ArgumentException(
                    Format($"Manual breaks must be strictly ascending, but break {i} ({breaks[i]}) is not above break {i - 1} ({breaks[i - 1]})."),
                    nameof(parameters));
            }
        }
    }

    private static int CountDistinct(double[] sorted)
    {
        var distinct = 1;
        for (var i = 1; i < sorted.Length; i++)
        {
            if (sorted[i] != sorted[i - 1])
            {
                distinct++;
            }
        }

        return distinct;
    }

    private static double[] DistinctValues(double[] sorted)
    {
        var distinct = new List<double> { sorted[0] };
        for (var i = 1; i < sorted.Length; i++)
        {
            if (sorted[i] != sorted[i - 1])
            {
                distinct.Add(sorted[i]);
            }
        }

        return [.. distinct];
    }

    private static string Format(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
