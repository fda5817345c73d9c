using System.Buffers.Binary;
using System.Text;

namespace GeoRelief.Core.Tiles.Packages;

/// <summary>
/// The 127-byte PMTiles v3 header: where each section lies, the tile counts, compression (GeoRelief writes gzip
/// directories and gzip MVT tiles), zooms, bounds and centre (degrees).
/// </summary>
public sealed record PmTilesHeader
{
    /// <summary>Header size in bytes.</summary>
    public const int Size = 127;

    /// <summary>Compression code of gzip.</summary>
    public const byte Gzip = 2;

    /// <summary>Tile type code of Mapbox Vector Tiles.</summary>
    public const byte Mvt = 1;

    private static readonly byte[] Magic = Encoding.ASCII.GetBytes("PMTiles");

    public ulong RootOffset { get; init; }
    public ulong RootLength { get; init; }
    public ulong MetadataOffset { get; init; }
    public ulong MetadataLength { get; init; }
    public ulong LeafDirectoriesOffset { get; init; }
    public ulong LeafDirectoriesLength { get; init; }
    public ulong TileDataOffset { get; init; }
    public ulong TileDataLength { get; init; }
    public ulong AddressedTiles { get; init; }
    public ulong TileEntries { get; init; }
    public ulong TileContents { get; init; }
    public bool Clustered { get; init; } = true;
    public byte InternalCompression { get; init; } = Gzip;
    public byte TileCompression { get; init; } = Gzip;
    public byte TileType { get; init; } = Mvt;
    public byte MinZoom { get; init; }
    public byte MaxZoom { get; init; }
    public TileBounds Bounds { get; init; }
    public byte CenterZoom { get; init; }
    public double CenterLongitude { get; init; }
    public double CenterLatitude { get; init; }

    /// <summary>The header's 127 bytes (little endian; degrees as 10⁻⁷ integers).</summary>
    public byte[] ToBytes()
    {
        var bytes = new byte[Size];
        Magic.CopyTo(bytes, 0);
        bytes[7] = 3;
        var span = bytes.AsSpan();
        ulong[] fields = [RootOffset, RootLength, MetadataOffset, MetadataLength, LeafDirectoriesOffset, LeafDirectoriesLength,
            TileDataOffset, TileDataLength, AddressedTiles, TileEntries, TileContents];
        for (var i = 0; i < fields.Length; i++)
        {
            BinaryPrimitives.WriteUInt64LittleEndian(span[(8 + (8 * i))..], fields[i]);
        }

        bytes[96] = Clustered ? (byte)1 : (byte)0;
        bytes[97] = InternalCompression;
        bytes[98] = TileCompression;
        bytes[99] = TileType;
        bytes[100] = MinZoom;
        bytes[101] = MaxZoom;
        BinaryPrimitives.WriteInt32LittleEndian(span[102..], E7(Bounds.MinX));
        BinaryPrimitives.WriteInt32LittleEndian(span[106..], E7(Bounds.MinY));
        BinaryPrimitives.WriteInt32LittleEndian(span[110..], E7(Bounds.MaxX));
        BinaryPrimitives.WriteInt32LittleEndian(span[114..], E7(Bounds.MaxY));
        bytes[118] = CenterZoom;
        BinaryPrimitives.WriteInt32LittleEndian(span[119..], E7(CenterLongitude));
        BinaryPrimitives.WriteInt32LittleEndian(span[123..], E7(CenterLatitude));
        return bytes;
    }

    /// <summary>Reads a header; throws <see cref="InvalidDataException"/> when the bytes are not PMTiles v3.</summary>
    public static PmTilesHeader Read(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < Size || !bytes[..7].SequenceEqual(Magic) || bytes[7] != 3)
        {
            throw new InvalidDataException("Not a PMTiles version 3 archive.");
        }

        var fields = new ulong[11];
        for (var i = 0; i < fields.Length; i++)
        {
            fields[i] = BinaryPrimitives.ReadUInt64LittleEndian(bytes[(8 + (8 * i))..]);
        }

        var degrees = new double[6];
        int[] at = [102, 106, 110, 114, 119, 123];
        for (var i = 0; i < at.Length; i++)
        {
            degrees[i] = BinaryPrimitives.ReadInt32LittleEndian(bytes[at[i]..]) / 1e7;
        }

        return new PmTilesHeader
        {
            RootOffset = fields[0],
            RootLength = fields[1],
            MetadataOffset = fields[2],
            MetadataLength = fields[3],
            LeafDirectoriesOffset = fields[4],
            LeafDirectoriesLength = fields[5],
            TileDataOffset = fields[6],
            TileDataLength = fields[7],
            AddressedTiles = fields[8],
            TileEntries = fields[9],
            TileContents = fields[10],
            Clustered = bytes[96] == 1,
            InternalCompression = bytes[97],
            TileCompression = bytes[98],
            TileType = bytes[99],
            MinZoom = bytes[100],
            MaxZoom = bytes[101],
            Bounds = new TileBounds(degrees[0], degrees[1], degrees[2], degrees[3]),
            CenterZoom = bytes[118],
            CenterLongitude = degrees[4],
            CenterLatitude = degrees[5],
        };
    }

    private static int E7(double degrees) => (int)Math.Round(degrees * 1e7);
}
