namespace GeoRelief.Core.Sample.Features;

/// <summary>One figure of the sample's summary, e.g. (522628, relocation_moved_in_persons, 9955).</summary>
public sealed record SampleMetric(string CountyCode, string Name, double Value);
