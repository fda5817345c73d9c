using System.Buffers.Binary;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace GeoRelief.Data.Imports.Internal;

/// <summary>EWKB (WKB with SRID) for binary COPY into a geometry column; points, by far the most common, written directly.</summary>
internal sealed class Ewkb
{
    private const uint SridFlag = 0x20000000;
    private readonly WKBWriter _writer = new(ByteOrder.LittleEndian, handleSRID: true, emitZ: false, emitM: false);

    public byte[] Write(Geometry geometry, int srid)
    {
        if (geometry is Point { IsEmpty: false } point)
        {
            var bytes = new byte[25];
            bytes[0] = 1;
            BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(1), 1 | SridFlag);
            BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(5), srid);
            BinaryPrimitives.WriteDoubleLittleEndian(bytes.AsSpan(9), point.X);
            BinaryPrimitives.WriteDoubleLittleEndian(bytes.AsSpan(17), point.Y);
            return bytes;
        }

        geometry.SRID = srid;
        return _writer.Write(geometry);
    }
}
