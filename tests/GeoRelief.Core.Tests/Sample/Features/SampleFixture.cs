using GeoRelief.Core.Sample;
using GeoRelief.Core.Sample.Features;

namespace GeoRelief.Core.Tests.Sample.Features;

/// <summary>The official divisions (read from the repository's data/divisions) and one generated sample, shared by the tests.</summary>
internal static class SampleFixture
{
    private static readonly Lazy<IReadOnlyList<Division>> LazyDivisions = new(() => SampleDivisionsCsv.Parse(File.ReadAllText(FindDivisionsFile())));
    private static readonly Lazy<SampleDataset> LazyDataset = new(() => SampleGenerator.Generate(Divisions));

    public static IReadOnlyList<Division> Divisions => LazyDivisions.Value;

    public static SampleDataset Dataset => LazyDataset.Value;

    private static string FindDivisionsFile()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "data", "divisions", "divisions.csv");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("data/divisions/divisions.csv not found above the test directory.");
    }
}
