using System.Security.Cryptography;
using System.Threading.Channels;
using GeoRelief.Core.Tiles;
using Microsoft.Extensions.Options;

namespace GeoRelief.Server.Tiles;

/// <summary>
/// Two size-bounded levels of encoded tiles: memory (least recently used first out) and disk (under
/// <see cref="TileCacheOptions.DiskCacheDirectory"/>, emptied at start because changes made while the server was down
/// were not seen). Invalidation removes entries from both levels by a predicate on their tile and layers.
/// A tile is in memory as soon as it is put; its disk copy is written by one background writer, so a cache miss does
/// not wait for the file system before its response goes out.
/// </summary>
public sealed partial class TileCache : IAsyncDisposable, IDisposable
{
    /// <summary>Disk writes waiting at most; a tile put while this many wait is kept in memory only.</summary>
    public const int MaxQueuedDiskWrites = 1024;

    private readonly Lock _memoryLock = new();
    private readonly Lock _diskLock = new();
    private readonly Dictionary<string, LinkedListNode<MemoryEntry>> _memory = new(StringComparer.Ordinal);
    private readonly LinkedList<MemoryEntry> _recency = new();
    private readonly Dictionary<string, DiskEntry> _disk = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DiskWrite> _queued = new(StringComparer.Ordinal);
    private readonly Channel<DiskWrite> _writes = Channel.CreateUnbounded<DiskWrite>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _writer;
    private readonly long _memoryLimit;
    private readonly long _diskLimit;
    private readonly string _directory;
    private readonly ILogger<TileCache> _logger;
    private long _memoryBytes;
    private long _diskBytes;
    private long _diskUse;

    public TileCache(IOptions<TileCacheOptions> options, ILogger<TileCache> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _memoryLimit = (long)options.Value.MemoryCacheMegabytes << 20;
        _diskLimit = (long)options.Value.DiskCacheMegabytes << 20;
        _directory = Path.GetFullPath(options.Value.DiskCacheDirectory);
        _logger = logger;
        if (_diskLimit > 0)
        {
            if (Directory.Exists(_directory))
            {
                Directory.Delete(_directory, recursive: true);
            }

            Directory.CreateDirectory(_directory);
        }

        _writer = Task.Run(WriteToDiskAsync);
    }

    /// <summary>Entries in memory and on disk (an entry may be in both).</summary>
    public (int Memory, int Disk) Count
    {
        get
        {
            int memory, disk;
            lock (_memoryLock)
            {
                memory = _memory.Count;
            }

            lock (_diskLock)
            {
                disk = _disk.Count;
            }

            return (memory, disk);
        }
    }

    /// <summary>The strong ETag of <paramref name="bytes"/>.</summary>
    public static string ETagOf(ReadOnlySpan<byte> bytes) => $"\"{Convert.ToHexStringLower(SHA256.HashData(bytes)[..16])}\"";

    /// <summary>The cached tile, from memory or else from disk (then kept in memory too); null when not cached.</summary>
    public async Task<CachedTile?> GetAsync(TileCacheKey key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        lock (_memoryLock)
        {
            if (_memory.TryGetValue(key.Text, out var node))
            {
                _recency.Remove(node);
                _recency.AddFirst(node);
                return node.Value.Tile;
            }
        }

        DiskEntry? entry;
        lock (_diskLock)
        {
            if (_disk.TryGetValue(key.Text, out entry))
            {
                entry.LastUse = ++_diskUse;
            }
        }

        if (entry is null)
        {
            return null;
        }

        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(entry.Path, cancellationToken);
        }
        catch (IOException)
        {
            // Evicted or invalidated between the look-up and the read: a miss.
            return null;
        }

        var tile = new CachedTile(bytes, entry.ETag);
        PutInMemory(key, tile);
        return tile;
    }

    /// <summary>
    /// Keeps <paramref name="tile"/> in memory at once and queues its disk copy (written in the background, unless an
    /// invalidation that covers it comes first or <see cref="MaxQueuedDiskWrites"/> writes are already waiting).
    /// </summary>
    public void Put(TileCacheKey key, CachedTile tile)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(tile);
        PutInMemory(key, tile);
        if (_diskLimit <= 0 || tile.Bytes.Length > _diskLimit)
        {
            return;
        }

        var write = new DiskWrite(key, tile, Flushed: null);
        lock (_diskLock)
        {
            if (_queued.Count >= MaxQueuedDiskWrites && !_queued.ContainsKey(key.Text))
            {
                return;
            }

            // A newer tile for the same key replaces the queued one: the older write, when its turn comes, is skipped.
            _queued[key.Text] = write;
        }

        _writes.Writer.TryWrite(write);
    }

    /// <summary>Completes when every disk write queued before this call is done (or skipped).</summary>
    public Task FlushAsync()
    {
        var flushed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!_writes.Writer.TryWrite(new DiskWrite(null, null, flushed)))
        {
            // Disposed: the writer has finished with everything it was given.
            flushed.SetResult();
        }

        return flushed.Task;
    }

    /// <summary>Stops the background writer after the writes already queued.</summary>
    public async ValueTask DisposeAsync()
    {
        _writes.Writer.TryComplete();
        await _writer;
    }

    /// <inheritdoc cref="DisposeAsync"/>
    public void Dispose()
    {
        _writes.Writer.TryComplete();
        _writer.GetAwaiter().GetResult();
    }

    /// <summary>Removes every entry whose tile and layers <paramref name="affected"/> says; returns how many keys went.</summary>
    public int Invalidate(Func<TileAddress, IReadOnlyList<string>, bool> affected)
    {
        ArgumentNullException.ThrowIfNull(affected);
        var removed = new HashSet<string>(StringComparer.Ordinal);
        lock (_memoryLock)
        {
            foreach (var (text, node) in _memory.Where(e => affected(e.Value.Value.Key.Tile, e.Value.Value.Key.Layers)).ToList())
            {
                _recency.Remove(node);
                _memory.Remove(text);
                _memoryBytes -= node.Value.Tile.Bytes.Length;
                removed.Add(text);
            }
        }

        List<DiskEntry> gone;
        lock (_diskLock)
        {
            // A queued write of an affected tile would bring back what this removes: drop it.
            foreach (var write in _queued.Values.Where(w => affected(w.Key!.Tile, w.Key.Layers)).ToList())
            {
                _queued.Remove(write.Key!.Text);
                removed.Add(write.Key.Text);
            }

            gone = [.. _disk.Values.Where(e => affected(e.Key.Tile, e.Key.Layers))];
            foreach (var entry in gone)
            {
                _disk.Remove(entry.Key.Text);
                _diskBytes -= entry.Size;
                removed.Add(entry.Key.Text);
            }
        }

        DeleteFiles(gone);
        return removed.Count;
    }

    private async Task WriteToDiskAsync()
    {
        await foreach (var write in _writes.Reader.ReadAllAsync())
        {
            if (write.Flushed is { } flushed)
            {
                flushed.SetResult();
                continue;
            }

            try
            {
                await WriteAsync(write.Key!, write);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                lock (_diskLock)
                {
                    _queued.Remove(write.Key!.Text);
                }

                LogWriteFailed(write.Key!.Text, exception.Message);
            }
        }
    }

    private async Task WriteAsync(TileCacheKey key, DiskWrite write)
    {
        lock (_diskLock)
        {
            if (!IsQueuedLocked(key, write))
            {
                return;
            }
        }

        var tile = write.Tile!;
        var name = Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(key.Text))[..16]);
        var path = Path.Combine(_directory, key.Tile.Z.ToString(System.Globalization.CultureInfo.InvariantCulture), name + ".mvt");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp";
        await File.WriteAllBytesAsync(temporary, tile.Bytes);
        List<DiskEntry> evicted = [];
        bool current;
        lock (_diskLock)
        {
            // Invalidated or replaced while the file was written: the file must not become the cached copy.
            current = IsQueuedLocked(key, write);
            if (current)
            {
                _queued.Remove(key.Text);
                File.Move(temporary, path, overwrite: true);
                if (_disk.Remove(key.Text, out var previous))
                {
                    _diskBytes -= previous.Size;
                }

                _disk[key.Text] = new DiskEntry(key, path, tile.Bytes.Length, tile.ETag) { LastUse = ++_diskUse };
                _diskBytes += tile.Bytes.Length;
                evicted = _diskBytes > _diskLimit ? EvictDiskLocked(_diskLimit * 9 / 10) : [];
            }
        }

        if (!current)
        {
            File.Delete(temporary);
        }

        DeleteFiles(evicted);
    }

    private bool IsQueuedLocked(TileCacheKey key, DiskWrite write) =>
        _queued.TryGetValue(key.Text, out var queued) && ReferenceEquals(queued, write);

    private void PutInMemory(TileCacheKey key, CachedTile tile)
    {
        if (tile.Bytes.Length > _memoryLimit)
        {
            return;
        }

        lock (_memoryLock)
        {
            if (_memory.Remove(key.Text, out var existing))
            {
                _recency.Remove(existing);
                _memoryBytes -= existing.Value.Tile.Bytes.Length;
            }

            _memory[key.Text] = _recency.AddFirst(new MemoryEntry(key, tile));
            _memoryBytes += tile.Bytes.Length;
            while (_memoryBytes > _memoryLimit && _recency.Last is { } last)
            {
                _recency.RemoveLast();
                _memory.Remove(last.Value.Key.Text);
                _memoryBytes -= last.Value.Tile.Bytes.Length;
            }
        }
    }

    private List<DiskEntry> EvictDiskLocked(long target)
    {
        var evicted = new List<DiskEntry>();
        foreach (var entry in _disk.Values.OrderBy(e => e.LastUse).ToList())
        {
            if (_diskBytes <= target)
            {
                break;
            }

            _disk.Remove(entry.Key.Text);
            _diskBytes -= entry.Size;
            evicted.Add(entry);
        }

        return evicted;
    }

    private void DeleteFiles(List<DiskEntry> entries)
    {
        foreach (var entry in entries)
        {
            try
            {
                File.Delete(entry.Path);
            }
            catch (IOException exception)
            {
                LogDeleteFailed(entry.Path, exception.Message);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not delete the cached tile {Path}: {Reason}")]
    private partial void LogDeleteFailed(string path, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not write the cached tile {Key} to disk (it stays in memory): {Reason}")]
    private partial void LogWriteFailed(string key, string reason);

    private sealed record MemoryEntry(TileCacheKey Key, CachedTile Tile);

    /// <summary>A tile to write to disk, or (with <paramref name="Flushed"/>) a mark that everything before it is done.</summary>
    private sealed record DiskWrite(TileCacheKey? Key, CachedTile? Tile, TaskCompletionSource? Flushed);

    private sealed record DiskEntry(TileCacheKey Key, string Path, long Size, string ETag)
    {
        public long LastUse { get; set; }
    }
}
