namespace GeoRelief.Core.Siting.Ahp;

/// <summary>Saaty's random consistency index RI(n): the mean CI of random reciprocal matrices of order n.</summary>
public static class AhpRandomIndex
{
    // RI(1…10) as in DOMAIN.md (Saaty 1980); orders 1 and 2 are always consistent.
    private static readonly double[] Values = [0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49];

    /// <summary>RI for a matrix of order <paramref name="n"/> (1…10).</summary>
    public static double For(int n) =>
        n is >= 1 and <= AhpParameters.MaximumCriteria
            ? Values[n - 1]
            : throw new ArgumentOutOfRangeException(nameof(n), n, $"The random index is published for 1 to {AhpParameters.MaximumCriteria} criteria.");
}
