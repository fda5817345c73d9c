using GeoRelief.Core.Analytics.Classification;

namespace GeoRelief.Core.Tests.Analytics.Classification;

/// <summary>
/// Published outputs of PySAL mapclassify on its calemp data set, reproduced exactly. Expected values come from
/// pysal/mapclassify mapclassify/tests/test_mapclassify.py (TestFisherJenks, TestQuantiles, TestEqualInterval,
/// TestUserDefined, TestFindBin, TestHeadTailBreaks) and, for head/tail breaks on calemp, from the
/// HeadTail_Breaks docstring of pysal/esda/mapclassify.py and riatelab/statsbreaks test/headtail.test.js.
/// </summary>
public sealed class ClassifyOpReferenceTests
{
    private const double Tolerance = 1e-6;

    [Fact]
    public void Fisher_jenks_k5_matches_mapclassify()
    {
        var result = ClassifyOp.Classify(CalempDensity.Values, new ClassifyParameters { Method = ClassificationMethod.FisherJenks, K = 5 });

        AssertClose([75.29, 192.05, 370.5, 722.85, 4111.45], result.Breaks);
        Assert.Equal([49, 3, 4, 1, 1], result.ClassCounts);
        Assert.Equal(0.13, result.Minimum);
    }

    [Fact]
    public void Fisher_jenks_k5_has_mapclassify_absolute_deviation_around_class_medians()
    {
        // mapclassify reports adcm = 799.24 for this classification: Σ |x − median of its class|. It pins down
        // class membership value by value, not just the counts.
        var result = ClassifyOp.Classify(CalempDensity.Values, new ClassifyParameters { Method = ClassificationMethod.FisherJenks, K = 5 });

        var adcm = 0.0;
        for (var c = 0; c < result.ClassCount; c++)
        {
            var members = CalempDensity.Values.Where((_, i) => result.ValueClasses[i] == c).Order().ToArray();
            var median = members.Length % 2 == 1
                ? members[members.Length / 2]
                : (members[(members.Length / 2) - 1] + members[members.Length / 2]) / 2;
            adcm += members.Sum(v => Math.Abs(v - median));
        }

        Assert.Equal(799.24, adcm, 1e-9);
    }

    [Fact]
    public void Fisher_jenks_find_bin_matches_mapclassify_for_k5_and_k9()
    {
        double[] toClassify = [0, 1, 3, 5, 50, 70, 101, 202, 390, 505, 800, 5000, 5001];
        var k5 = ClassifyOp.Classify(CalempDensity.Values, new ClassifyParameters { K = 5 });
        var k9 = ClassifyOp.Classify(CalempDensity.Values, new ClassifyParameters { K = 9 });

        Assert.Equal([0, 0, 0, 0, 0, 0, 1, 2, 3, 3, 4, 4, 4], toClassify.Select(k5.ClassOf));
        Assert.Equal([0, 0, 0, 0, 2, 2, 3, 5, 7, 7, 8, 8, 8], toClassify.Select(k9.ClassOf));
    }

    [Fact]
    public void Quantile_k5_matches_mapclassify()
    {
        var result = ClassifyOp.Classify(CalempDensity.Values, new ClassifyParameters { Method = ClassificationMethod.Quantile, K = 5 });

        AssertClose([1.464, 5.798, 13.278, 54.616, 4111.45], result.Breaks);
        Assert.Equal([12, 11, 12, 11, 12], result.ClassCounts);
    }

    [Fact]
    public void Equal_interval_k5_matches_mapclassify()
    {
        var result = ClassifyOp.Classify(CalempDensity.Values, new ClassifyParameters { Method = ClassificationMethod.EqualInterval, K = 5 });

        AssertClose([822.394, 1644.658, 2466.922, 3289.186, 4111.45], result.Breaks);
        Assert.Equal([57, 0, 0, 0, 1], result.ClassCounts);
    }

    [Fact]
    public void Head_tail_on_calemp_matches_published_breaks()
    {
        var result = ClassifyOp.Classify(CalempDensity.Values, new ClassifyParameters { Method = ClassificationMethod.HeadTail, K = 10 });

        AssertClose([125.92810345, 811.26, 4111.45], result.Breaks, 1e-8);
        Assert.Equal([50, 7, 1], result.ClassCounts);
    }

    [Fact]
    public void Head_tail_on_inverse_squares_matches_mapclassify()
    {
        var values = Enumerable.Range(1, 999).Select(i => Math.Pow(i, -2)).ToArray();

        var result = ClassifyOp.Classify(values, new ClassifyParameters { Method = ClassificationMethod.HeadTail, K = 10 });

        Assert.Equal([975, 21, 2, 1], result.ClassCounts);
    }

    [Fact]
    public void Manual_breaks_match_mapclassify_user_defined()
    {
        var withMax = ClassifyOp.Classify(CalempDensity.Values, new ClassifyParameters { Method = ClassificationMethod.Manual, ManualBreaks = [20, 4111.45] });
        var belowMax = ClassifyOp.Classify(CalempDensity.Values, new ClassifyParameters { Method = ClassificationMethod.Manual, ManualBreaks = [20, 30] });

        Assert.Equal([37, 21], withMax.ClassCounts);
        Assert.Empty(withMax.Notes);
        Assert.Equal([20, 30, 4111.45], belowMax.Breaks);
        Assert.Equal([37, 4, 17], belowMax.ClassCounts);
        Assert.Contains("4111.45", belowMax.Notes.Single(), StringComparison.Ordinal);
    }

    private static void AssertClose(IReadOnlyList<double> expected, IReadOnlyList<double> actual, double tolerance = Tolerance)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.True(Math.Abs(expected[i] - actual[i]) <= tolerance, $"break {i}: expected {expected[i]}, got {actual[i]}");
        }
    }
}
