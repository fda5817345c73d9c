namespace GeoRelief.Core.Analytics.Classification.Internal;

/// <summary>
/// Fisher (1958) optimal grouping by dynamic programming: the partition of the sorted values into k contiguous
/// classes with the least within-class sum of squared deviations. Each DP row is filled by divide and conquer,
/// which is exact because the squared-deviation cost satisfies the quadrangle inequality, so the best start of the
/// last class never moves left as the prefix grows (Grønlund et al. 2017; as in Ckmeans.1d.dp): O(k·d·log d) for
/// d distinct values instead of O(k·d²).
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
        var sums = new SquaredDeviationSums(values, counts, sorted.Average());

        // cost[m][j]: least SSD of values[0..j] in m + 1 classes; start[m][j]: first index of its last class.
        var cost = new double[k][];
        var start = new int[k][];
        cost[0] = new double[d];
        start[0] = new int[d];
        for (var j = 0; j < d; j++)
        {
            cost[0][j] = sums.Ssd(0, j);
        }

        for (var m = 1; m < k; m++)
        {
            cost[m] = new double[d];
            start[m] = new int[d];
            Array.Fill(cost[m], double.PositiveInfinity);

            // Leave room for the classes still to come: values[j + 1 ..] must fill k − 1 − m more classes.
            FillRow(sums, cost[m - 1], cost[m], start[m], m, m, d - k + m, m, d - k + m);
        }

        var breaks = new double[k];
        var end = d - 1;
        for (var m = k - 1; m >= 0; m--)
        {
            breaks[m] = values[end];
            if (m > 0)
            {
                end = start[m][end] - 1;
            }
        }

        return breaks;
    }

    /// <summary>Fills row[jLo..jHi] knowing that their best last-class starts lie within [iLo, iHi].</summary>
    private static void FillRow(SquaredDeviationSums sums, double[] previous, double[] row, int[] rowStart, int m, int jLo, int jHi, int iLo, int iHi)
    {
        if (jLo > jHi)
        {
            return;
        }

        var j = (jLo + jHi) >>> 1;
        var best = double.PositiveInfinity;
        var bestStart = Math.Max(m, iLo);
        for (var i = Math.Max(m, iLo); i <= Math.Min(j, iHi); i++)
        {
            var candidate = previous[i - 1] + sums.Ssd(i, j);
            if (candidate < best)
            {
                best = candidate;
                bestStart = i;
            }
        }

        row[j] = best;
        rowStart[j] = bestStart;
        FillRow(sums, previous, row, rowStart, m, jLo, j - 1, iLo, bestStart);
        FillRow(sums, previous, row, rowStart, m, j + 1, jHi, bestStart, iHi);
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
