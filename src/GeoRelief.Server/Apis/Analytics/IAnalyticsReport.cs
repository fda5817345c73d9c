namespace GeoRelief.Server.Apis.Analytics;

/// <summary>The result of an analysis; <see cref="Rows"/> is its main table (one CSV line each on the command line).</summary>
public interface IAnalyticsReport
{
    /// <summary>The rows of the main table.</summary>
    IEnumerable<object> Rows { get; }
}
