namespace GeoRelief.Core.Tiles.Internal;

/// <summary>Reads the protocol-buffer wire format: varints, length-delimited fields and fixed 32/64-bit values.</summary>
internal ref struct ProtoReader(ReadOnlySpan<byte> data)
{
    private readonly ReadOnlySpan<byte> _data = data;
    private int _position;

    public readonly bool AtEnd => _position >= _data.Length;

    public (int Field, int WireType) ReadKey()
    {
        var key = ReadVarint();
        return ((int)(key >> 3), (int)(key & 7));
    }

    public ulong ReadVarint()
    {
        ulong value = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            if (_position >= _data.Length)
            {
                throw new FormatException("The tile ends inside a varint.");
            }

            var b = _data[_position++];
            value |= (ulong)(b & 0x7F) << shift;
            if ((b & 0x80) == 0)
            {
                return value;
            }
        }

        throw new FormatException("A varint is longer than 10 bytes.");
    }

    public ReadOnlySpan<byte> ReadBytes()
    {
        var length = checked((int)ReadVarint());
        if (length < 0 || _position + length > _data.Length)
        {
            throw new FormatException("A length-delimited field runs past the end of the tile.");
        }

        var bytes = _data.Slice(_position, length);
        _position += length;
        return bytes;
    }

    public ReadOnlySpan<byte> ReadFixed(int size)
    {
        if (_position + size > _data.Length)
        {
            throw new FormatException("A fixed-size field runs past the end of the tile.");
        }

        var bytes = _data.Slice(_position, size);
        _position += size;
        return bytes;
    }

    public void Skip(int wireType)
    {
        switch (wireType)
        {
            case 0:
                ReadVarint();
                break;
            case 1:
                ReadFixed(8);
                break;
            case 2:
                ReadBytes();
                break;
            case 5:
                ReadFixed(4);
                break;
            default:
                throw new FormatException($"Unsupported protocol-buffer wire type {wireType}.");
        }
    }
}
