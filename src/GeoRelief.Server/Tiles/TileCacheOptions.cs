using System.ComponentModel.DataAnnotations;

namespace GeoRelief.Server.Tiles;

/// <summary>The <c>Tiles</c> configuration section: the tile cache and how often it looks for data changes (docs/configuration.md).</summary>
public sealed class TileCacheOptions
{
    public const string Section = "Tiles";

    /// <summary>Memory cache size, MiB (least recently used tiles go first); 0 turns it off.</summary>
    [Range(0, 1 << 20)]
    public int MemoryCacheMegabytes { get; set; } = 256;

    /// <summary>Disk cache size, MiB; 0 turns it off.</summary>
    [Range(0, 1 << 24)]
    public int DiskCacheMegabytes { get; set; } = 2048;

    /// <summary>Directory of the disk cache (relative to the working directory unless absolute); emptied at start.</summary>
    [Required]
    public string DiskCacheDirectory { get; set; } = "tiles/cache";

    /// <summary>
    /// At most this long (ms) passes between two checks for captured data changes; a tile served in between may be at
    /// most this old. 0 checks on every request.
    /// </summary>
    [Range(0, 3_600_000)]
    public int ChangeCheckMilliseconds { get; set; } = 250;

    /// <summary>Cache-Control max-age, seconds. 0 (the default) sends <c>no-cache</c>: clients revalidate with the ETag each time.</summary>
    [Range(0, 31_536_000)]
    public int MaxAgeSeconds { get; set; }
}
