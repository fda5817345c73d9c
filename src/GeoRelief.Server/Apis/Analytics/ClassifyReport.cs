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
    public IEnumerable<object> Rows => Units.Count > 0 ? Units : (IEnumerable<object>)Classes;

    /// <summary>The classes as rows: the breaks, counts and colours side by side.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public IEnumerable<ClassRange> Classes =>
        Breaks.Select((upper, i) => new ClassRange(i, i == 0 ? Minimum : Breaks[i - 1], upper, ClassCounts[i], Colors[i]));

    [System.Text.Json.Serialization.JsonIgnore]
    public IReadOnlyList<AnalyticsTable> Tables => [AnalyticsTable.Of("classes", Classes), AnalyticsTable.Of("units", Units)];
}
