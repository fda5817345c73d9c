using GeoRelief.Core.Sample;
using GeoRelief.Core.Sample.Features;

namespace GeoRelief.Data.Sample;

/// <summary>The official division codes and names of the sample counties, embedded from data/divisions/divisions.csv.</summary>
public static class SampleDivisions
{
    private const string ResourceName = "GeoRelief.Data.Divisions.divisions.csv";

    /// <summary>Every division of the sample: provinces, prefectures, counties, townships and villages.</summary>
    public static IReadOnlyList<Division> ReadEmbedded()
    {
        using var stream = typeof(SampleDivisions).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} (data/divisions/divisions.csv) is missing.");
        using var reader = new StreamReader(stream);
        return SampleDivisionsCsv.Parse(reader.ReadToEnd());
    }
}
