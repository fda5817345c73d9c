namespace GeoRelief.Core.Sample.Province;

/// <summary>How large the synthetic province is: a grid of copies of one sample county.</summary>
public sealed record ProvinceSampleParameters
{
    /// <summary>The fictional province code: 99 is no NBS province, so the data can never be taken for real.</summary>
    public const string ProvinceCode = "99";

    /// <summary>Counties per row of the grid (west to east).</summary>
    public int Columns { get; init; } = 20;

    /// <summary>Rows of the grid (south to north); Columns × Rows counties, 10 per prefecture.</summary>
    public int Rows { get; init; } = 10;

    /// <summary>Roads are cut into pieces of at most this many straight segments (the pieces meet end to end).</summary>
    public int MaxSegmentsPerRoad { get; init; } = 3;

    /// <summary>Seed of the county the grid is made of.</summary>
    public int Seed { get; init; } = Features.SampleGeneratorParameters.DefaultSeed;
}
