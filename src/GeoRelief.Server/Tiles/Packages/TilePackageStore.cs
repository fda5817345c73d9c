using System.Collections.Concurrent;
using GeoRelief.Core.Tiles;
using GeoRelief.Core.Tiles.Packages;
using Microsoft.Extensions.Options;

namespace GeoRelief.Server.Tiles.Packages;

/// <summary>
/// The seeded packages in <see cref="TilePackageOptions.Directory"/>: each <c>NAME.pmtiles</c> is opened on first use and
/// reopened when the file is replaced (a new seed).
/// </summary>
public sealed class TilePackageStore(IOptions<TilePackageOptions> options) : IDisposable
{
    private readonly ConcurrentDictionary<string, OpenPackage> _open = new(StringComparer.Ordinal);

    /// <summary>Whether <paramref name="name"/> can name a package: letters, digits, '-' and '_' only.</summary>
    public static bool IsValidName(string name) =>
        !string.IsNullOrEmpty(name) && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    /// <summary>
    /// The MVT bytes of <paramref name="tile"/> in package <paramref name="name"/>: null when there is no such package;
    /// an empty array when the package has no such tile (empty, or outside the seeded unit and zooms).
    /// </summary>
    public byte[]? ReadTile(string name, TileAddress tile)
    {
        var path = Path.Combine(Path.GetFullPath(options.Value.Directory), name + ".pmtiles");
        var file = new FileInfo(path);
        if (!IsValidName(name) || !file.Exists)
        {
            return null;
        }

        var package = _open.AddOrUpdate(
            name,
            _ => OpenPackage.Open(file),
            (_, existing) =>
            {
                if (existing.LastWrite == file.LastWriteTimeUtc && existing.Length == file.Length)
                {
                    return existing;
                }

                existing.Dispose();
                return OpenPackage.Open(file);
            });
        return package.ReadTile(tile) ?? [];
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        foreach (var package in _open.Values)
        {
            package.Dispose();
        }
    }

    private sealed class OpenPackage : IDisposable
    {
        private readonly FileStream _stream;
        private readonly PmTilesReader _reader;
        private readonly Lock _gate = new();

        private OpenPackage(FileStream stream, DateTime lastWrite, long length)
        {
            _stream = stream;
            _reader = new PmTilesReader(stream);
            LastWrite = lastWrite;
            Length = length;
        }

        public DateTime LastWrite { get; }

        public long Length { get; }

        public static OpenPackage Open(FileInfo file) =>
            new(new FileStream(file.FullName, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete), file.LastWriteTimeUtc, file.Length);

        public byte[]? ReadTile(TileAddress tile)
        {
            // One stream, one position: reads of a package take turns.
            lock (_gate)
            {
                return _reader.ReadTile(tile);
            }
        }

        public void Dispose() => _stream.Dispose();
    }
}
