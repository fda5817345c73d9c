using GeoRelief.Core.Analytics.Classification;

namespace GeoRelief.Core.Tests.Analytics.Classification;

public sealed class ClassifyOpTests
{
    [Fact]
    public void Two_obvious_groups_give_hand_computed_breaks_and_goodness_of_fit()
    {
        // Classes {1,2,3} and {7,8,9}: means 2 and 8, SDCM = 2 + 2 = 4. Overall mean 5:
        // SDAM = 16 + 9 + 4 + 4 + 9 + 16 = 58, so GVF = 1 − 4/58 = 27/29.
        var result = ClassifyOp.Classify([9, 1, 8, 2, 7, 3], new ClassifyParameters { K = 2 });

        Assert.Equal([3.0, 9.0], result.Breaks);
        Assert.Equal([3, 3], result.ClassCounts);
        Assert.Equal([1, 0, 1, 0, 1, 0], result.ValueClasses);
        Assert.Equal(27.0 / 29.0, result.GoodnessOfVarianceFit, 1e-12);
    }

    [Fact]
    public void Classes_are_closed_on_the_upper_bound()
    {
        // Equal interval on [0, 10] with k = 2 breaks at 5: the value 5 belongs to the first class, 5.000001 to the second.
        var result = ClassifyOp.Classify([0, 5, 5.000001, 10], new ClassifyParameters { Method = ClassificationMethod.EqualInterval, K = 2 });

        Assert.Equal([5.0, 10.0], result.Breaks);
        Assert.Equal([0, 0, 1, 1], result.ValueClasses);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    public void Fisher_jenks_is_the_true_optimum_over_all_partitions(int seed)
    {
        var random = new Random(seed);
        for (var trial = 0; trial < 20; trial++)
        {
            var n = random.Next(5, 9);
            var k = random.Next(2, 5);
            // Some rounding makes ties, which the algorithm must handle too.
            var values = Enumerable.Range(0, n).Select(_ => Math.Round(random.NextDouble() * 100, trial % 2 == 0 ? 0 : 3)).ToArray();
            if (values.Distinct().Count() <= k)
            {
                continue;
            }

            var result = ClassifyOp.Classify(values, new ClassifyParameters { K = k });

            Assert.Equal(k, result.ClassCount);
            Assert.Equal(BruteForceLeastSsd(values, k), WithinClassSsd(values, result.ValueClasses), 1e-9);
        }
    }

    [Theory]
    [InlineData(21)]
    [InlineData(22)]
    [InlineData(23)]
    public void Fisher_jenks_equals_the_plain_quadratic_dynamic_programme_on_larger_inputs(int seed)
    {
        var random = new Random(seed);
        for (var trial = 0; trial < 10; trial++)
        {
            var values = Enumerable.Range(0, 250).Select(_ => Math.Round(Math.Exp(random.NextDouble() * 6), trial % 3)).ToArray();
            var k = 2 + (trial % 8);

            var result = ClassifyOp.Classify(values, new ClassifyParameters { K = k });

            Assert.Equal(QuadraticDynamicProgramme(values, k), WithinClassSsd(values, result.ValueClasses), 1e-7);
        }
    }

    [Fact]
    public void Fisher_jenks_with_heavy_ties_keeps_equal_values_together()
    {
        double[] values = [1, 1, 1, 1, 2, 2, 2, 10, 10, 11];

        var result = ClassifyOp.Classify(values, new ClassifyParameters { K = 3 });

        Assert.Equal([1.0, 2.0, 11.0], result.Breaks);
        Assert.Equal([4, 3, 3], result.ClassCounts);
    }

    [Theory]
    [InlineData(ClassificationMethod.FisherJenks)]
    [InlineData(ClassificationMethod.Quantile)]
    [InlineData(ClassificationMethod.EqualInterval)]
    public void Fewer_distinct_values_than_k_give_fewer_classes_and_say_so(ClassificationMethod method)
    {
        var result = ClassifyOp.Classify([5, 5, 7, 5], new ClassifyParameters { Method = method, K = 5 });

        Assert.Equal(5, result.RequestedClassCount);
        Assert.Equal(2, result.ClassCount);
        Assert.Equal([5.0, 7.0], result.Breaks);
        Assert.Equal([3, 1], result.ClassCounts);
        Assert.Equal(2, result.Colors.Count);
        Assert.Contains("Only 2 distinct value(s)", result.Notes.Single(), StringComparison.Ordinal);
    }

    [Fact]
    public void All_equal_values_form_one_class_with_perfect_fit()
    {
        var result = ClassifyOp.Classify([3, 3, 3], new ClassifyParameters { K = 4 });

        Assert.Equal([3.0], result.Breaks);
        Assert.Equal([3], result.ClassCounts);
        Assert.Equal(1.0, result.GoodnessOfVarianceFit);
    }

    [Fact]
    public void Tied_quantiles_are_merged_and_reported()
    {
        double[] values = [1, 1, 1, 1, 1, 1, 1, 1, 2, 3];

        var result = ClassifyOp.Classify(values, new ClassifyParameters { Method = ClassificationMethod.Quantile, K = 3 });

        // 1/3 and 2/3 quantiles are both 1: one merged break, then the maximum.
        Assert.Equal([1.0, 3.0], result.Breaks);
        Assert.Equal([8, 2], result.ClassCounts);
        Assert.Contains("2 classes formed instead of the 3", result.Notes.Single(), StringComparison.Ordinal);
    }

    [Fact]
    public void Head_tail_respects_the_class_limit_and_the_head_share()
    {
        var values = Enumerable.Range(1, 999).Select(i => Math.Pow(i, -2)).ToArray();

        var capped = ClassifyOp.Classify(values, new ClassifyParameters { Method = ClassificationMethod.HeadTail, K = 2 });
        // Uniform data: the head above the mean is half the values, never below 40 %, so no split happens.
        var uniform = ClassifyOp.Classify([1, 2, 3, 4], new ClassifyParameters { Method = ClassificationMethod.HeadTail, K = 5 });

        Assert.Equal([975, 24], capped.ClassCounts);
        Assert.Equal([4.0], uniform.Breaks);
    }

    [Fact]
    public void Colours_follow_the_chosen_ramp()
    {
        var result = ClassifyOp.Classify(CalempDensity.Values, new ClassifyParameters { K = 5, ColorRamp = "blues" });

        Assert.Equal(["#eff3ff", "#bdd7e7", "#6baed6", "#3182bd", "#08519c"], result.Colors);
    }

    [Fact]
    public void Nan_is_refused_with_its_index()
    {
        var error = Assert.Throws<ArgumentException>(() => ClassifyOp.Classify([1, 2, double.NaN, 4]));

        Assert.Equal("values", error.ParamName);
        Assert.Contains("index 2 is NaN", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Infinity_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => ClassifyOp.Classify([1, double.PositiveInfinity]));

        Assert.Contains("index 1 is infinite", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_input_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => ClassifyOp.Classify([]));

        Assert.Contains("No values", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void K_below_one_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => ClassifyOp.Classify([1, 2], new ClassifyParameters { K = 0 }));

        Assert.Contains("K (number of classes) is 0", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Manual_breaks_must_be_given_and_ascending()
    {
        var missing = Assert.Throws<ArgumentException>(() => ClassifyOp.Classify([1, 2], new ClassifyParameters { Method = ClassificationMethod.Manual }));
        var unordered = Assert.Throws<ArgumentException>(() => ClassifyOp.Classify([1, 2], new ClassifyParameters { Method = ClassificationMethod.Manual, ManualBreaks = [5, 5] }));

        Assert.Contains("needs ManualBreaks", missing.Message, StringComparison.Ordinal);
        Assert.Contains("strictly ascending", unordered.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_colour_ramp_is_refused_with_the_known_names()
    {
        var error = Assert.Throws<ArgumentException>(() => ClassifyOp.Classify([1, 2], new ClassifyParameters { ColorRamp = "Rainbow" }));

        Assert.Contains("YlOrRd, Blues, Greens, Purples, RdBu", error.Message, StringComparison.Ordinal);
    }

    private static double WithinClassSsd(double[] values, IReadOnlyList<int> classes)
    {
        var classCount = classes.Max() + 1;
        var count = new int[classCount];
        var sum = new double[classCount];
        var sumSquares = new double[classCount];
        for (var i = 0; i < values.Length; i++)
        {
            count[classes[i]]++;
            sum[classes[i]] += values[i];
            sumSquares[classes[i]] += values[i] * values[i];
        }

        var ssd = 0.0;
        for (var c = 0; c < classCount; c++)
        {
            if (count[c] > 0)
            {
                ssd += sumSquares[c] - (sum[c] * sum[c] / count[c]);
            }
        }

        return ssd;
    }

    /// <summary>Fisher's textbook O(k·n²) recurrence over the sorted values, an independent oracle for the optimum.</summary>
    private static double QuadraticDynamicProgramme(double[] values, int k)
    {
        var x = values.Order().ToArray();
        var n = x.Length;
        var cost = new double[k, n];
        for (var m = 0; m < k; m++)
        {
            for (var j = 0; j < n; j++)
            {
                cost[m, j] = double.PositiveInfinity;
                double sum = 0, sumSquares = 0;
                for (var i = j; i >= m; i--)
                {
                    sum += x[i];
                    sumSquares += x[i] * x[i];
                    var ssd = sumSquares - (sum * sum / (j - i + 1));
                    var before = m == 0 ? (i == 0 ? 0 : double.PositiveInfinity) : cost[m - 1, i - 1];
                    cost[m, j] = Math.Min(cost[m, j], before + ssd);
                }
            }
        }

        return cost[k - 1, n - 1];
    }

    /// <summary>Least within-class SSD over every assignment of the values to k non-empty classes (k^n of them).</summary>
    private static double BruteForceLeastSsd(double[] values, int k)
    {
        var n = values.Length;
        var assignment = new int[n];
        var used = new bool[k];
        var best = double.PositiveInfinity;
        var total = (long)Math.Pow(k, n);
        for (long code = 0; code < total; code++)
        {
            var rest = code;
            Array.Clear(used);
            for (var i = 0; i < n; i++)
            {
                assignment[i] = (int)(rest % k);
                used[assignment[i]] = true;
                rest /= k;
            }

            if (Array.TrueForAll(used, u => u))
            {
                best = Math.Min(best, WithinClassSsd(values, assignment));
            }
        }

        return best;
    }
}
