using System.Buffers.Binary;

namespace GeoRelief.Data.Terrain.Internal;

/// <summary>
/// Writes one elevation tile as PostGIS raster WKB (format version 0, little-endian): one 32-bit float band with a
/// no-data value, cells row-major from the north-west — what <c>ST_RastFromWKB</c> reads.
/// </summary>
internal static class DemTileWkb
{
    private const byte Float32PixelType = 10, HasNoDataFlag = 0x40;

    public static byte[] Write(ReadOnlySpan<float> cells, int width, int height, double west, double north, double cellSize, int srid, float noData)
    {
        if (cells.Length != width * height)
        {
            throw new ArgumentException($"A {width} × {height} tile needs {width * height} cells, not {cells.Length}.", nameof(cells));
        }

        var bytes = new byte[61 + 1 + 4 + (4 * cells.Length)];
        var span = bytes.AsSpan();
        span[0] = 1;
        BinaryPrimitives.WriteUInt16LittleEndian(span[1..], 0);
        BinaryPrimitives.WriteUInt16LittleEndian(span[3..], 1);
        BinaryPrimitives.WriteDoubleLittleEndian(span[5..], cellSize);
        BinaryPrimitives.WriteDoubleLittleEndian(span[13..], -cellSize);
        BinaryPrimitives.WriteDoubleLittleEndian(span[21..], west);
        BinaryPrimitives.WriteDoubleLittleEndian(span[29..], north);
        BinaryPrimitives.WriteDoubleLittleEndian(span[37..], 0);
        BinaryPrimitives.WriteDoubleLittleEndian(span[45..], 0);
        BinaryPrimitives.WriteInt32LittleEndian(span[53..], srid);
        BinaryPrimitives.WriteUInt16LittleEndian(span[57..], checked((ushort)width));
        BinaryPrimitives.WriteUInt16LittleEndian(span[59..], checked((ushort)height));
        span[61] = Float32PixelType | HasNoDataFlag;
        BinaryPrimitives.WriteSingleLittleEndian(span[62..], noData);
        var offset = 66;
        foreach (var cell in cells)
        {
            BinaryPrimitives.WriteSingleLittleEndian(span[offset..], cell);
            offset += 4;
        }

        return bytes;
    }
}
