using System.Globalization;
using GeoRelief.Core.Sample.Features;
using GeoRelief.Core.Sample.Province;
using GeoRelief.Data.Sample;
using GeoRelief.Data.Tiles;
using Npgsql;

namespace GeoRelief.Server.Hosting;

/// <summary>Generates the sample counties from the official divisions and loads or renders them.</summary>
public sealed class SampleLoading(NpgsqlDataSource dataSource)
{
    /// <summary>Replaces the planning data with the sample in one transaction; returns a one-line summary.</summary>
    public async Task<string> LoadAsync(CancellationToken cancellationToken)
    {
        var dataset = SampleGenerator.Generate(SampleDivisions.ReadEmbedded());
        var result = await SampleLoader.LoadAsync(dataSource, dataset, cancellationToken);
        await GeneralisationRefresher.RefreshAsync(dataSource, cancellationToken);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{dataset.AdminUnits.Count} administrative units, {dataset.NaturalVillages.Count} natural villages, {dataset.Roads.Count} roads ({result.RoadPieces} pieces), {result.DemTiles} elevation tiles; synthetic geometry.");
    }

    /// <summary>
    /// Replaces the planning data with the synthetic benchmark province (<see cref="ProvinceSampleGenerator"/>, fictional
    /// province 99) in one transaction; returns a one-line summary.
    /// </summary>
    public async Task<string> LoadProvinceAsync(CancellationToken cancellationToken)
    {
        var dataset = ProvinceSampleGenerator.Generate(SampleDivisions.ReadEmbedded());
        var result = await SampleLoader.LoadAsync(dataSource, dataset, cancellationToken);
        await GeneralisationRefresher.RefreshAsync(dataSource, cancellationToken);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"synthetic province 99: {dataset.AdminUnits.Count(u => u.Level == 3)} counties, {dataset.AdminUnits.Count(u => u.Level == 4)} townships, {dataset.NaturalVillages.Count} natural villages, {dataset.Roads.Count} road segments ({result.RoadPieces} pieces); fictional codes, synthetic geometry.");
    }

    /// <summary>The synthetic benchmark province as files.</summary>
    public static IReadOnlyDictionary<string, string> RenderProvince(int? seed)
    {
        var parameters = seed is { } s ? new ProvinceSampleParameters { Seed = s } : new ProvinceSampleParameters();
        return SampleDatasetWriter.Render(ProvinceSampleGenerator.Generate(SampleDivisions.ReadEmbedded(), parameters));
    }

    /// <summary>The sample as files (name → text), byte-identical for the same seed.</summary>
    public static IReadOnlyDictionary<string, string> Render(int? seed)
    {
        var parameters = seed is { } s ? new SampleGeneratorParameters { Seed = s } : new SampleGeneratorParameters();
        return SampleDatasetWriter.Render(SampleGenerator.Generate(SampleDivisions.ReadEmbedded(), parameters));
    }
}
