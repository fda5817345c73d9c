namespace GeoRelief.Core.Analytics.Classification.Internal;

/// <summary>Weighted prefix sums giving the SSD of any run of distinct values in O(1).</summary>
internal sealed class SquaredDeviationSums
{
    private readonly double[] w;
    private readonly double[] s1;
    private readonly double[] s2;

    public SquaredDeviationSums(double[] values, int[] counts, double centre)
    {
        // Deviations from the mean rather than raw values keep S2 − S1²/W accurate for large magnitudes.
        w = new double[values.Length + 1];
        s1 = new double[values.Length + 1];
        s2 = new double[values.Length + 1];
        for (var i = 0; i < values.Length; i++)
        {
            var x = values[i] - centre;
            w[i + 1] = w[i] + counts[i];
            s1[i + 1] = s1[i] + (counts[i] * x);
            s2[i + 1] = s2[i] + (counts[i] * x * x);
        }
    }

    /// <summary>Sum of squared deviations from their mean of values[from..to], counting multiplicities.</summary>
    public double Ssd(int from, int to)
    {
        var weight = w[to + 1] - w[from];
        var sum = s1[to + 1] - s1[from];
        var ssd = s2[to + 1] - s2[from] - (sum * sum / weight);
        return ssd > 0 ? ssd : 0;
    }
}
