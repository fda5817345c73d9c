using System.Collections.Concurrent;

namespace GeoRelief.Server.Apis.Analytics;

/// <summary>
/// Results kept in memory until the data change: keyed by analysis, parameters and data version, so an import or edit
/// (which bumps <c>georelief.data_version</c>) makes every cached result unreachable; those of older versions are
/// dropped as soon as a newer version is seen.
/// </summary>
public sealed class AnalyticsCache
{
    private readonly ConcurrentDictionary<string, Lazy<Task<AnalyticsResult>>> _entries = new(StringComparer.Ordinal);
    private long _version;

    /// <summary>Number of results held.</summary>
    public int Count => _entries.Count;

    /// <summary>The cached result for the key at this data version, or the one <paramref name="compute"/> makes (computed once).</summary>
    public async Task<AnalyticsResult> GetOrComputeAsync(string key, long dataVersion, Func<Task<AnalyticsResult>> compute)
    {
        ArgumentNullException.ThrowIfNull(compute);
        if (Interlocked.Exchange(ref _version, dataVersion) != dataVersion)
        {
            foreach (var stale in _entries.Keys.Where(k => !k.StartsWith(Prefix(dataVersion), StringComparison.Ordinal)))
            {
                _entries.TryRemove(stale, out _);
            }
        }

        var fullKey = Prefix(dataVersion) + key;
        var entry = _entries.GetOrAdd(fullKey, _ => new Lazy<Task<AnalyticsResult>>(compute));
        try
        {
            return await entry.Value;
        }
        catch
        {
            // A failed or cancelled computation is not kept: the next request tries again.
            _entries.TryRemove(new KeyValuePair<string, Lazy<Task<AnalyticsResult>>>(fullKey, entry));
            throw;
        }
    }

    private static string Prefix(long dataVersion) => dataVersion.ToString(System.Globalization.CultureInfo.InvariantCulture) + "|";
}
