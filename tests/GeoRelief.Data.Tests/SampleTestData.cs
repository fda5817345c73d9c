using GeoRelief.Core.Sample.Features;
using GeoRelief.Data.Sample;

namespace GeoRelief.Data.Tests;

/// <summary>The default sample, generated once for all database tests.</summary>
public static class SampleTestData
{
    private static readonly Lazy<SampleDataset> LazyDataset = new(() => SampleGenerator.Generate(SampleDivisions.ReadEmbedded()));

    public static SampleDataset Dataset => LazyDataset.Value;
}
