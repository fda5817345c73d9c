namespace GeoRelief.Core.Analytics.Classification.Internal;

/// <summary>
/// Fisher (1958) optimal grouping by dynamic programming: the partition of the sorted values into k contiguous
/// classes with the least within-class sum of squared deviations. O(k·d²) for d distinct values.
/// </summary>
internal static class FisherJenksBreaks
{
    /// <summary>Upper bounds of the optimal classes (each a data value); needs more than k distinct values.</summary>
    public static double[] Compute(double[] sorted, int k)
    {
        // Runs on distinct values with multiplicities: tied values can then never straddle a break, which
        // upper-closed classes could not represent, and heavy ties make the problem smaller.
        var (values, counts) = Distinct(sorted);
        var d = values.Length;

        // Sums of deviations from the mean rather than of raw values keep S2 − S1²/W accurate for large magnitudes.
        var centre = 0.0;
        foreach (var v in sorted)
        {
            centre += v;
        }

        centre /= sorted.Length;
        var w = new double[d + 1];
        var s1 = new double[d + 1];
        var s2 = new double[d + 1];
        for (var i = 0; i < d; i++)
        {
            var x = values[i] - centre;
            w[i + 1] = w[i] + counts[i];
            s1[i + 1] = s1[i] + (counts[i] * x);
            s2[i + 1] = s2[i] + (counts[i] * x * x);
        }

        // cost[m, j]: least sum of squared deviations of values[0..j] in m + 1 classes; start[m, j]: first index of its last class.
        var cost = new double[k, d];
        var start = new int[k, d];
        for (var j = 0; j < d; j++)
        {
            cost[0, j] = Ssd(w, s1, s2, 0, j);
        }

        for (var m = 1; m < k; m++)
        {
            // Leave room for the classes still to come: values[j + 1 ..] must fill k − 1 − m more classes.
            var lastJ = d - k + m;
            for (var j = m; j <= lastJ; j++)
            {
                var best = double.PositiveInfinity;
                var bestStart = j;
                for (var i = j; i >= m; i--)
                {
                    var candidate = cost[m - 1, i - 1] + Ssd(w, s1, s2, i, j);
                    if (candidate < best)
                    {
                        best = candidate;
                        bestStart = i;
                    }
                }

                cost[m, j] = best;
                start[m, j] = bestStart;
            }
        }

        var breaks = new double[k];
        var end = d - 1;
        for (var m = k - 1; m >= 0; m--)
        {
            breaks[m] = values[end];
            if (m > 0)
            {
                end = start[m, end] - 1;
            }
        }

        return breaks;
    }

    private static double Ssd(double[] w, double[] s1, double[] s2, int from, int to)
    {
        var weight = w[to + 1] - w[from];
        var sum = s1[to + 1] - s1[from];
        var ssd = s2[to + 1] - s2[from] - (sum * sum / weight);
        return ssd > 0 ? ssd : 0;
    }

    private static (double[] Values, int[] Counts) Distinct(double[] sorted)
    {
        var values = new List<double>(sorted.Length);
        var counts = new List<int>(sorted.Length);
        foreach (var v in sorted)
        {
            if (values.Count > 0 && values[^1] == v)
            {
                counts[^1]++;
            }
            else
            {
                values.Add(v);
                counts.Add(1);
            }
        }

        return ([.. values], [.. counts]);
    }
}
