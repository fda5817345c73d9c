namespace GeoRelief.Core.Analytics.SpatialStatistics.Internal;

/// <summary>Standard normal tail probabilities, accurate to about 1e-13 relative (the BCL has no erf).</summary>
internal static class NormalDistribution
{
    private static readonly double TwoOverSqrtPi = 2.0 / Math.Sqrt(Math.PI);

    /// <summary>Two-sided p-value of a z-score: P(|Z| ≥ |z|).</summary>
    public static double TwoSidedPValue(double z) => Erfc(Math.Abs(z) / Math.Sqrt(2.0));

    /// <summary>Upper tail P(Z ≥ z).</summary>
    public static double UpperTail(double z) => 0.5 * Erfc(z / Math.Sqrt(2.0));

    /// <summary>Complementary error function.</summary>
    public static double Erfc(double x)
    {
        if (x < 0)
        {
            return 2.0 - Erfc(-x);
        }

        if (x < 2.5)
        {
            // erf(x) = 2/√π · e^(−x²) · Σ (2x²)ⁿ x / (1·3·…·(2n+1)): every term positive, so no cancellation inside the sum.
            var term = x;
            var sum = x;
            var twoXSquared = 2 * x * x;
            for (var n = 1; term > 1e-17 * sum; n++)
            {
                term *= twoXSquared / ((2 * n) + 1);
                sum += term;
            }

            return 1.0 - (TwoOverSqrtPi * Math.Exp(-x * x) * sum);
        }

        // Laplace's continued fraction erfc(x) = e^(−x²)/√π · 1/(x + ½/(x + 1/(x + 3⁄2/(x + …)))), evaluated bottom-up;
        // for x ≥ 2.5 sixty levels are far past convergence.
        var f = x;
        for (var k = 60; k >= 1; k--)
        {
            f = x + (k / 2.0 / f);
        }

        return Math.Exp(-x * x) / Math.Sqrt(Math.PI) / f;
    }
}
