namespace GeoRelief.Server.Apis.Analytics;

/// <summary>
/// Class breaks (upper bounds, classes closed on the upper bound), counts, goodness of variance fit and colours;
/// with the units classified when the values came from an indicator.
/// </summary>
public sealed record ClassifyReport(
    string Method,
    int RequestedClasses,
    double Minimum,
    IReadOnlyList<double> Breaks,
    IReadOnlyList<int> ClassCounts,
    double GoodnessOfVarianceFit,
    string ColorRamp,
    IReadOnlyList<string> Colors,
    IReadOnlyList<string> ClassificationNotes,
    IReadOnlyList<UnitClass> Units,
    IReadOnlyList<string> UnitsWithoutValue) : IAnalyticsReport
{
    [System.Text.Json.Serialization.JsonIgnore]
    public IEnumerable<object> Rows => Units.Count > 0
        ? Units
        : Breaks.Select((upper, i) => (object)new { Class = i, Lower = i == 0 ? Minimum : Breaks[i - 1], Upper = upper, Count = ClassCounts[i], Color = Colors[i] });
}
