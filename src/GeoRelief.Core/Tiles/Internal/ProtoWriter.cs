using System.Buffers;

namespace GeoRelief.Core.Tiles.Internal;

/// <summary>Writes the protocol-buffer wire format into a growing buffer.</summary>
internal sealed class ProtoWriter
{
    private readonly ArrayBufferWriter<byte> _buffer = new();

    public void WriteVarint(int field, ulong value)
    {
        WriteRawVarint(((ulong)field << 3) | 0);
        WriteRawVarint(value);
    }

    public void WriteBytes(int field, ReadOnlySpan<byte> bytes)
    {
        WriteRawVarint(((ulong)field << 3) | 2);
        WriteRawVarint((ulong)bytes.Length);
        _buffer.Write(bytes);
    }

    public void WriteString(int field, string text) => WriteBytes(field, System.Text.Encoding.UTF8.GetBytes(text));

    public void WritePackedVarints(int field, IReadOnlyList<uint> values)
    {
        var packed = new ProtoWriter();
        foreach (var v in values)
        {
            packed.WriteRawVarint(v);
        }

        WriteBytes(field, packed.ToArray());
    }

    public byte[] ToArray() => _buffer.WrittenSpan.ToArray();

    private void WriteRawVarint(ulong value)
    {
        while (value >= 0x80)
        {
            _buffer.Write([(byte)(value | 0x80)]);
            value >>= 7;
        }

        _buffer.Write([(byte)value]);
    }
}
