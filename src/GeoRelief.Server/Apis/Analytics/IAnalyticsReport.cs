namespace GeoRelief.Server.Apis.Analytics;

/// <summary>
/// The result of an analysis; <see cref="Rows"/> is its main table (one CSV line each), <see cref="Tables"/> every table
/// it holds (one worksheet each in an Excel download).
/// </summary>
public interface IAnalyticsReport
{
    /// <summary>The rows of the main table.</summary>
    IEnumerable<object> Rows { get; }

    /// <summary>Every table of the report, in the order of its JSON properties.</summary>
    IReadOnlyList<AnalyticsTable> Tables { get; }
}
