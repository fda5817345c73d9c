using System.Globalization;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using GeoRelief.Core.Tiles;
using GeoRelief.Data.Tiles;
using Microsoft.Extensions.Options;
using Npgsql;

namespace GeoRelief.Server.Tiles;

/// <summary>
/// Serves tiles through the <see cref="TileCache"/> and keeps it exact: before answering it reads the changes the
/// database captured (at most every <see cref="TileCacheOptions.ChangeCheckMilliseconds"/>) and evicts the tiles they
/// touch — old and new bbox, at every zoom, grown by the render buffer — for the layers that depend on the changed table.
/// </summary>
public sealed partial class TileService(
    NpgsqlDataSource dataSource,
    TileRenderer renderer,
    PovertyClassifier povertyClassifier,
    TileCache cache,
    IOptions<TileCacheOptions> options,
    TimeProvider timeProvider,
    ILogger<TileService> logger) : IDisposable
{
    /// <summary>A batch of more captured changes than this (a bulk load) empties the cache rather than checking every tile against every change.</summary>
    public const int ExactChangeLimit = 2000;

    private readonly SemaphoreSlim _checkGate = new(1, 1);
    private readonly ConditionalWeakTable<PovertyBreaks, StrongBox<string>> _variants = new();
    private long _lastChangeId = -1;
    private long _dataVersion;
    private long _generation;
    private long _lastCheckTimestamp;

    /// <summary>The years with poverty figures (for validating <c>year</c>).</summary>
    public async Task<IReadOnlyList<int>> GetPovertyYearsAsync(CancellationToken cancellationToken)
    {
        var version = await SynchroniseAsync(cancellationToken);
        return await povertyClassifier.GetYearsAsync(version, cancellationToken);
    }

    /// <summary>The tile of <paramref name="layers"/> at <paramref name="tile"/>, from the cache or freshly rendered.</summary>
    public async Task<TileResponse> GetAsync(
        IReadOnlyList<TileLayerDefinition> layers, TileAddress tile, PovertyDensityParameters poverty, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(layers);
        ArgumentNullException.ThrowIfNull(poverty);
        var version = await SynchroniseAsync(cancellationToken);
        var generation = Interlocked.Read(ref _generation);
        var variant = await VariantAsync(layers, tile, poverty, version, cancellationToken);
        var key = new TileCacheKey([.. layers.Select(l => l.Name)], tile, variant);
        if (await cache.GetAsync(key, cancellationToken) is { } cached)
        {
            return new TileResponse(cached, FromCache: true);
        }

        var rendered = await renderer.RenderAsync(tile, layers, poverty, version, cancellationToken);
        var fresh = new CachedTile(rendered.Bytes, TileCache.ETagOf(rendered.Bytes));
        // A tile rendered while an invalidation ran may show the data from before it: serve it, but do not keep it.
        if (Interlocked.Read(ref _generation) == generation)
        {
            cache.Put(key, fresh);
        }

        return new TileResponse(fresh, FromCache: false);
    }

    private async Task<string> VariantAsync(
        IReadOnlyList<TileLayerDefinition> layers, TileAddress tile, PovertyDensityParameters poverty, long version, CancellationToken cancellationToken)
    {
        if (!layers.Any(l => l.Name == "poverty-density"))
        {
            return string.Empty;
        }

        // The breaks are part of the key: when new figures move them, every poverty tile is a new one. The breaks object
        // is the classifier's, kept per data version, so the variant text is worked out once per breaks, not per request.
        var breaks = await povertyClassifier.GetBreaksAsync(AdminZoomLevels.Thematic(tile.Z), poverty, version, cancellationToken);
        return _variants.GetValue(breaks, b => new StrongBox<string>(VariantText(b, poverty))).Value!;
    }

    private static string VariantText(PovertyBreaks breaks, PovertyDensityParameters poverty)
    {
        var text = string.Join(',', breaks.Breaks.Select(b => b.ToString("R", CultureInfo.InvariantCulture)));
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))[..8]);
        return string.Create(CultureInfo.InvariantCulture, $"year={breaks.Year};indicator={poverty.Indicator};method={poverty.Method};k={poverty.K};breaks={hash}");
    }

    /// <summary>Reads and applies captured changes when the check interval has passed; returns the data version.</summary>
    private async Task<long> SynchroniseAsync(CancellationToken cancellationToken)
    {
        var interval = TimeSpan.FromMilliseconds(options.Value.ChangeCheckMilliseconds);
        if (IsFresh(interval))
        {
            return Interlocked.Read(ref _dataVersion);
        }

        await _checkGate.WaitAsync(cancellationToken);
        try
        {
            // Another request may have checked while this one waited.
            if (interval > TimeSpan.Zero && IsFresh(interval))
            {
                return _dataVersion;
            }

            var state = await TileChangeFeed.ReadStateAsync(dataSource, cancellationToken);
            if (_lastChangeId < 0 || state.LastChangeId < _lastChangeId)
            {
                // First look, or the change log went back (another database): nothing cached is trustworthy.
                Interlocked.Increment(ref _generation);
                cache.Invalidate((_, _) => true);
            }
            else if (state.LastChangeId > _lastChangeId)
            {
                await ApplyChangesAsync(cancellationToken);
            }

            Interlocked.Exchange(ref _dataVersion, state.DataVersion);
            Interlocked.Exchange(ref _lastChangeId, state.LastChangeId);
            Interlocked.Exchange(ref _lastCheckTimestamp, timeProvider.GetTimestamp());
            return state.DataVersion;
        }
        finally
        {
            _checkGate.Release();
        }
    }

    private bool IsFresh(TimeSpan interval) =>
        Interlocked.Read(ref _lastChangeId) >= 0
        && timeProvider.GetElapsedTime(Interlocked.Read(ref _lastCheckTimestamp)) < interval;

    private async Task ApplyChangesAsync(CancellationToken cancellationToken)
    {
        var changes = await TileChangeFeed.ReadAfterAsync(dataSource, _lastChangeId, ExactChangeLimit + 1, cancellationToken);
        Interlocked.Increment(ref _generation);
        // A bulk load (more changes than are worth checking one by one) empties the cache.
        var evicted = changes.Count > ExactChangeLimit
            ? cache.Invalidate((_, _) => true)
            : cache.Invalidate((tile, layers) => changes.Any(c => Touches(c, tile, layers)));
        LogChangesApplied(changes.Count, evicted);
    }

    /// <inheritdoc/>
    public void Dispose() => _checkGate.Dispose();

    /// <summary>Whether <paramref name="change"/> redraws the tile of these layers.</summary>
    internal static bool Touches(TileChange change, TileAddress tile, IReadOnlyList<string> layers)
    {
        foreach (var name in layers)
        {
            if (TileLayerCatalog.Find(name) is not { } layer)
            {
                continue;
            }

            var redrawn = change.IsReset
                ? layer.DependsOnAny(change.Layer)
                : layer.DependsOn(change.Layer, change.Figures) && (Covers(change.Old, tile) || Covers(change.New, tile));
            if (redrawn)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Covers(TileBounds? bounds, TileAddress tile) =>
        bounds is { } b && TileRange.Covering(b, tile.Z, TileRenderer.BufferFraction).Contains(tile);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Applied {Changes} captured data changes; evicted {Evicted} cached tiles.")]
    private partial void LogChangesApplied(int changes, int evicted);
}
