using System.Security.Cryptography;
using System.Text;

namespace GeoRelief.Core.Tiles.Packages;

/// <summary>
/// Writes a clustered PMTiles v3 archive: header, root directory (within the first 16 KiB), gzip metadata, leaf
/// directories when the root alone would not fit, then the tile data in tile-id order. Identical tiles are stored once;
/// consecutive ids with identical bytes share one entry (run length).
/// </summary>
public static class PmTilesWriter
{
    /// <summary>Room for the compressed root directory after the header: the first 16 KiB.</summary>
    public const int MaxRootLength = 16_384 - PmTilesHeader.Size;

    /// <summary>Writes the archive of <paramref name="tiles"/> (bytes read from <paramref name="source"/>) to <paramref name="output"/>.</summary>
    public static PmTilesHeader Write(Stream output, Stream source, IReadOnlyList<PmTilesSourceTile> tiles, PmTilesArchiveInfo info)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(tiles);
        ArgumentNullException.ThrowIfNull(info);
        var ordered = tiles.Where(t => t.Length > 0).OrderBy(t => PmTilesTileId.Of(t.Tile)).ToList();

        // Pass 1: entries and the unique contents, in tile-id order.
        var entries = new List<PmTilesEntry>();
        var contents = new List<PmTilesSourceTile>();
        var offsets = new Dictionary<string, ulong>(StringComparer.Ordinal);
        ulong dataLength = 0;
        string? previousHash = null;
        foreach (var tile in ordered)
        {
            var id = PmTilesTileId.Of(tile.Tile);
            var hash = Convert.ToHexString(SHA256.HashData(ReadTile(source, tile)));
            if (previousHash == hash && entries[^1].TileId + entries[^1].RunLength == id)
            {
                entries[^1] = entries[^1] with { RunLength = entries[^1].RunLength + 1 };
                continue;
            }

            if (!offsets.TryGetValue(hash, out var offset))
            {
                offset = dataLength;
                offsets[hash] = offset;
                contents.Add(tile);
                dataLength += (ulong)tile.Length;
            }

            entries.Add(new PmTilesEntry(id, offset, (uint)tile.Length, 1));
            previousHash = hash;
        }

        var (root, leaves) = BuildDirectories(entries);
        var metadata = PmTilesGzip.Compress(Encoding.UTF8.GetBytes(info.MetadataJson));
        var rootOffset = (ulong)PmTilesHeader.Size;
        var metadataOffset = rootOffset + (ulong)root.Length;
        var leavesOffset = metadataOffset + (ulong)metadata.Length;
        var dataOffset = leavesOffset + (ulong)leaves.Length;
        var header = new PmTilesHeader
        {
            RootOffset = rootOffset,
            RootLength = (ulong)root.Length,
            MetadataOffset = metadataOffset,
            MetadataLength = (ulong)metadata.Length,
            LeafDirectoriesOffset = leavesOffset,
            LeafDirectoriesLength = (ulong)leaves.Length,
            TileDataOffset = dataOffset,
            TileDataLength = dataLength,
            AddressedTiles = (ulong)ordered.Count,
            TileEntries = (ulong)entries.Count,
            TileContents = (ulong)contents.Count,
            MinZoom = (byte)(ordered.Count == 0 ? 0 : ordered.Min(t => t.Tile.Z)),
            MaxZoom = (byte)(ordered.Count == 0 ? 0 : ordered.Max(t => t.Tile.Z)),
            Bounds = info.Bounds,
            CenterZoom = (byte)info.CenterZoom,
            CenterLongitude = info.CenterLongitude,
            CenterLatitude = info.CenterLatitude,
        };
        output.Write(header.ToBytes());
        output.Write(root);
        output.Write(metadata);
        output.Write(leaves);

        // Pass 2: the unique contents, in the order their offsets were given.
        foreach (var tile in contents)
        {
            output.Write(ReadTile(source, tile));
        }

        return header;
    }

    /// <summary>
    /// The compressed root directory and leaf directories: the root alone when it fits in <see cref="MaxRootLength"/>,
    /// otherwise leaves of 4,096 entries (doubling until the root of leaf pointers fits).
    /// </summary>
    public static (byte[] Root, byte[] Leaves) BuildDirectories(IReadOnlyList<PmTilesEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var root = PmTilesGzip.Compress(PmTilesDirectory.Serialize(entries));
        if (root.Length <= MaxRootLength)
        {
            return (root, []);
        }

        for (var leafSize = 4096; ; leafSize *= 2)
        {
            using var leaves = new MemoryStream();
            var pointers = new List<PmTilesEntry>();
            for (var start = 0; start < entries.Count; start += leafSize)
            {
                var chunk = entries.Skip(start).Take(leafSize).ToList();
                var leaf = PmTilesGzip.Compress(PmTilesDirectory.Serialize(chunk));
                pointers.Add(new PmTilesEntry(chunk[0].TileId, (ulong)leaves.Length, (uint)leaf.Length, 0));
                leaves.Write(leaf);
            }

            root = PmTilesGzip.Compress(PmTilesDirectory.Serialize(pointers));
            if (root.Length <= MaxRootLength)
            {
                return (root, leaves.ToArray());
            }
        }
    }

    private static byte[] ReadTile(Stream source, PmTilesSourceTile tile)
    {
        var bytes = new byte[tile.Length];
        source.Seek(tile.Offset, SeekOrigin.Begin);
        source.ReadExactly(bytes);
        return bytes;
    }
}
