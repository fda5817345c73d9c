using GeoRelief.Core.Tiles;
using GeoRelief.Data.Tests;
using GeoRelief.Server.Tiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GeoRelief.Server.Tests.Tiles;

/// <summary>
/// The disk level of the tile cache is written in the background: a put tile reaches the disk after the response, an
/// invalidation that comes first keeps it off, and a newer tile for the same key wins.
/// </summary>
public sealed class TileCacheTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "georelief-tile-cache-" + Guid.NewGuid().ToString("N")[..12]);

    [Fact]
    public async Task A_put_tile_is_in_memory_at_once_and_on_disk_after_the_background_write()
    {
        await using var cache = Cache(memoryMegabytes: 1);
        var key = Key(10, 829, 429);
        var tile = Tile(1);

        cache.Put(key, tile);
        Assert.Same(tile, await cache.GetAsync(key, CancellationToken.None));

        await cache.FlushAsync();
        Assert.Equal((1, 1), cache.Count);
        var file = Assert.Single(Directory.GetFiles(_directory, "*.mvt", SearchOption.AllDirectories));
        Assert.Equal(tile.Bytes, await File.ReadAllBytesAsync(file));
    }

    [Fact]
    public async Task Without_memory_the_tile_comes_back_from_disk_with_its_etag()
    {
        await using var cache = Cache(memoryMegabytes: 0);
        var key = Key(14, 13593, 6884);
        var tile = Tile(2);

        cache.Put(key, tile);
        await cache.FlushAsync();

        var read = await cache.GetAsync(key, CancellationToken.None);
        Assert.NotNull(read);
        Assert.Equal(tile.Bytes, read.Bytes);
        Assert.Equal(tile.ETag, read.ETag);
    }

    [Fact]
    public async Task An_invalidation_before_the_write_keeps_the_tiles_off_the_disk()
    {
        await using var cache = Cache(memoryMegabytes: 0);
        // Far more writes than the writer finishes in the moment between the puts and the invalidation.
        for (var x = 0; x < 200; x++)
        {
            cache.Put(Key(12, x, 0), Tile(x));
        }

        var removed = cache.Invalidate((_, _) => true);
        await cache.FlushAsync();

        Assert.Equal(200, removed);
        Assert.Equal((0, 0), cache.Count);
        Assert.Empty(Directory.GetFiles(_directory, "*.mvt", SearchOption.AllDirectories));
        Assert.Null(await cache.GetAsync(Key(12, 199, 0), CancellationToken.None));
    }

    [Fact]
    public async Task A_newer_tile_for_the_same_key_is_the_one_kept_on_disk()
    {
        await using var cache = Cache(memoryMegabytes: 0);
        var key = Key(6, 52, 27);
        cache.Put(key, Tile(3));
        var newer = Tile(4);
        cache.Put(key, newer);
        await cache.FlushAsync();

        Assert.Equal((0, 1), cache.Count);
        Assert.Equal(newer.ETag, (await cache.GetAsync(key, CancellationToken.None))?.ETag);
    }

    [DatabaseFact]
    public async Task A_cache_miss_of_the_server_is_written_to_the_disk_cache()
    {
        await using var factory = new TileServerFactory();
        await factory.InitializeAsync();
        try
        {
            using var client = factory.CreateClient();
            var miss = await TileClient.FetchAsync(client, "/tiles/admin/10/861/361.mvt");
            Assert.Equal("miss", miss.Cache);
            Assert.NotEmpty(miss.Bytes);

            var cache = factory.Services.GetRequiredService<TileCache>();
            await cache.FlushAsync();
            Assert.Equal(1, cache.Count.Disk);
            var file = Assert.Single(Directory.GetFiles(factory.CacheDirectory, "*.mvt", SearchOption.AllDirectories));
            Assert.Equal(miss.Bytes, await File.ReadAllBytesAsync(file));
            Assert.Equal("hit", (await TileClient.FetchAsync(client, "/tiles/admin/10/861/361.mvt")).Cache);
        }
        finally
        {
            await ((IAsyncLifetime)factory).DisposeAsync();
        }
    }

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private TileCache Cache(int memoryMegabytes) => new(
        Options.Create(new TileCacheOptions { MemoryCacheMegabytes = memoryMegabytes, DiskCacheMegabytes = 16, DiskCacheDirectory = _directory }),
        NullLogger<TileCache>.Instance);

    private static TileCacheKey Key(int z, int x, int y)
    {
        Assert.True(TileAddress.TryCreate(z, x, y, out var tile, out _, out var problem), problem);
        return new TileCacheKey(["admin"], tile, string.Empty);
    }

    private static CachedTile Tile(int seed)
    {
        var bytes = new byte[300 + seed];
        new Random(seed).NextBytes(bytes);
        return new CachedTile(bytes, TileCache.ETagOf(bytes));
    }
}
