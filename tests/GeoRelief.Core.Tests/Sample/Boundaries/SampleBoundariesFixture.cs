using System.Diagnostics;
using GeoRelief.Core.Sample;

namespace GeoRelief.Core.Tests.Sample.Boundaries;

/// <summary>The sample generated once for all invariant tests, from the real divisions CSV.</summary>
public sealed class SampleBoundariesFixture
{
    public const int Seed = 20230630;

    public SampleBoundariesFixture()
    {
        var stopwatch = Stopwatch.StartNew();
        Features = AdminBoundaryGenerator.Generate(DivisionsCsv.All, SampleCounty.All, Seed);
        Elapsed = stopwatch.Elapsed;
    }

    public IReadOnlyList<AdminUnitFeature> Features { get; }

    /// <summary>Reported, never asserted (tests do not assert wall-clock times).</summary>
    public TimeSpan Elapsed { get; }
}
