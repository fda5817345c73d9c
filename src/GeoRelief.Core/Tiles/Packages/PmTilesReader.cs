namespace GeoRelief.Core.Tiles.Packages;

/// <summary>Reads tiles from a PMTiles v3 archive with gzip (or uncompressed) directories.</summary>
public sealed class PmTilesReader
{
    private const int MaxDirectoryDepth = 4;

    private readonly Stream _archive;
    private readonly IReadOnlyList<PmTilesEntry> _root;

    /// <summary>Reads the header and root directory of <paramref name="archive"/> (seekable; the caller keeps it open and serialises access).</summary>
    public PmTilesReader(Stream archive)
    {
        ArgumentNullException.ThrowIfNull(archive);
        _archive = archive;
        Header = PmTilesHeader.Read(ReadAt(0, PmTilesHeader.Size));
        _root = Directory(Header.RootOffset, Header.RootLength);
    }

    /// <summary>The archive's header.</summary>
    public PmTilesHeader Header { get; }

    /// <summary>The metadata JSON.</summary>
    public string ReadMetadata() => System.Text.Encoding.UTF8.GetString(Decompress(ReadAt(Header.MetadataOffset, Header.MetadataLength), Header.InternalCompression));

    /// <summary>The tile's bytes as stored (compressed with <see cref="PmTilesHeader.TileCompression"/>), or null when the archive has none.</summary>
    public byte[]? ReadStoredTile(TileAddress tile)
    {
        var id = PmTilesTileId.Of(tile);
        var directory = _root;
        for (var depth = 0; depth < MaxDirectoryDepth; depth++)
        {
            if (Find(directory, id) is not { } entry)
            {
                return null;
            }

            if (entry.RunLength > 0)
            {
                return ReadAt(Header.TileDataOffset + entry.Offset, entry.Length);
            }

            directory = Directory(Header.LeafDirectoriesOffset + entry.Offset, entry.Length);
        }

        throw new InvalidDataException("The PMTiles archive nests its leaf directories too deeply.");
    }

    /// <summary>The tile's decompressed bytes (an MVT), or null when the archive has none.</summary>
    public byte[]? ReadTile(TileAddress tile) =>
        ReadStoredTile(tile) is { } stored ? Decompress(stored, Header.TileCompression) : null;

    /// <summary>The entry whose range holds <paramref name="id"/> (a leaf pointer: the last entry at or before it).</summary>
    private static PmTilesEntry? Find(IReadOnlyList<PmTilesEntry> entries, ulong id)
    {
        int low = 0, high = entries.Count - 1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            if (entries[middle].TileId < id)
            {
                low = middle + 1;
            }
            else if (entries[middle].TileId > id)
            {
                high = middle - 1;
            }
            else
            {
                return entries[middle];
            }
        }

        if (high < 0)
        {
            return null;
        }

        var before = entries[high];
        return before.RunLength == 0 || id - before.TileId < before.RunLength ? before : null;
    }

    private IReadOnlyList<PmTilesEntry> Directory(ulong offset, ulong length) =>
        PmTilesDirectory.Deserialize(Decompress(ReadAt(offset, length), Header.InternalCompression));

    private byte[] ReadAt(ulong offset, ulong length)
    {
        var bytes = new byte[checked((int)length)];
        _archive.Seek(checked((long)offset), SeekOrigin.Begin);
        _archive.ReadExactly(bytes);
        return bytes;
    }

    private static byte[] Decompress(byte[] bytes, byte compression) => compression switch
    {
        PmTilesHeader.Gzip => PmTilesGzip.Decompress(bytes),
        1 => bytes,
        _ => throw new InvalidDataException($"PMTiles compression {compression} is not supported (gzip or none)."),
    };
}
