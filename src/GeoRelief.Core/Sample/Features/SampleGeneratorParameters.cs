namespace GeoRelief.Core.Sample.Features;

/// <summary>What the sample generator makes: which counties, from which seed, at which raster resolution.</summary>
public sealed record SampleGeneratorParameters
{
    /// <summary>The seed of the published sample; data/README.md quotes it.</summary>
    public const int DefaultSeed = 20181231;

    /// <summary>Same seed, same counties → byte-identical output.</summary>
    public int Seed { get; init; } = DefaultSeed;

    /// <summary>The counties to generate; each needs a <see cref="SampleCalibration"/>.</summary>
    public IReadOnlyList<SampleCounty> Counties { get; init; } = SampleCounty.All;

    /// <summary>Elevation cell size: 0.0025° ≈ 280 m north-south, 190–250 m east-west at the two counties.</summary>
    public double ElevationCellSizeDegrees { get; init; } = 0.0025;

    /// <summary>A natural village counts as connected when a hardened road passes within this distance.</summary>
    public double HardenedRoadReachMetres { get; init; } = 500;
}
