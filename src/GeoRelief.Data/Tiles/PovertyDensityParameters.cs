using GeoRelief.Core.Analytics.Classification;

namespace GeoRelief.Data.Tiles;

/// <summary>Query parameters of the poverty-density layer; <see cref="Year"/> null means the latest year with figures.</summary>
public sealed record PovertyDensityParameters(int? Year, PovertyIndicator Indicator, ClassificationMethod Method, int K)
{
    /// <summary>Fewest classes allowed.</summary>
    public const int MinClasses = 3;

    /// <summary>Most classes allowed.</summary>
    public const int MaxClasses = 9;

    /// <summary>Five Fisher–Jenks classes of density in the latest year.</summary>
    public static PovertyDensityParameters Default { get; } = new(null, PovertyIndicator.Density, ClassificationMethod.FisherJenks, 5);
}
