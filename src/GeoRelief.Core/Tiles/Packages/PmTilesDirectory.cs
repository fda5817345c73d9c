namespace GeoRelief.Core.Tiles.Packages;

/// <summary>
/// The PMTiles v3 directory encoding: the entry count, then column by column the tile id deltas, run lengths, lengths
/// and offsets (0 where a tile directly follows the previous one, otherwise offset + 1), all as unsigned LEB128 varints.
/// </summary>
public static class PmTilesDirectory
{
    /// <summary>The uncompressed bytes of <paramref name="entries"/> (ascending tile ids).</summary>
    public static byte[] Serialize(IReadOnlyList<PmTilesEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        using var output = new MemoryStream();
        WriteVarint(output, (ulong)entries.Count);
        ulong last = 0;
        foreach (var entry in entries)
        {
            if (entry.TileId < last)
            {
                throw new ArgumentException("Directory entries must be sorted by tile id.", nameof(entries));
            }

            WriteVarint(output, entry.TileId - last);
            last = entry.TileId;
        }

        foreach (var entry in entries)
        {
            WriteVarint(output, entry.RunLength);
        }

        foreach (var entry in entries)
        {
            WriteVarint(output, entry.Length);
        }

        for (var i = 0; i < entries.Count; i++)
        {
            var follows = i > 0 && entries[i].Offset == entries[i - 1].Offset + entries[i - 1].Length;
            WriteVarint(output, follows ? 0 : entries[i].Offset + 1);
        }

        return output.ToArray();
    }

    /// <summary>The entries of an uncompressed directory.</summary>
    public static IReadOnlyList<PmTilesEntry> Deserialize(ReadOnlySpan<byte> bytes)
    {
        var position = 0;
        var count = checked((int)ReadVarint(bytes, ref position));
        var ids = new ulong[count];
        var runs = new uint[count];
        var lengths = new uint[count];
        ulong last = 0;
        for (var i = 0; i < count; i++)
        {
            last += ReadVarint(bytes, ref position);
            ids[i] = last;
        }

        for (var i = 0; i < count; i++)
        {
            runs[i] = checked((uint)ReadVarint(bytes, ref position));
        }

        for (var i = 0; i < count; i++)
        {
            lengths[i] = checked((uint)ReadVarint(bytes, ref position));
        }

        var entries = new PmTilesEntry[count];
        for (var i = 0; i < count; i++)
        {
            var value = ReadVarint(bytes, ref position);
            var offset = value == 0 && i > 0 ? entries[i - 1].Offset + entries[i - 1].Length : value - 1;
            entries[i] = new PmTilesEntry(ids[i], offset, lengths[i], runs[i]);
        }

        return entries;
    }

    /// <summary>Writes <paramref name="value"/> as an unsigned LEB128 varint.</summary>
    public static void WriteVarint(Stream output, ulong value)
    {
        ArgumentNullException.ThrowIfNull(output);
        while (value >= 0x80)
        {
            output.WriteByte((byte)(value | 0x80));
            value >>= 7;
        }

        output.WriteByte((byte)value);
    }

    /// <summary>Reads an unsigned LEB128 varint at <paramref name="position"/> and moves past it.</summary>
    public static ulong ReadVarint(ReadOnlySpan<byte> bytes, ref int position)
    {
        ulong value = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            if (position >= bytes.Length)
            {
                throw new InvalidDataException("A PMTiles directory ends inside a number.");
            }

            var b = bytes[position++];
            value |= (ulong)(b & 0x7f) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }

        throw new InvalidDataException("A PMTiles directory holds a number longer than 64 bits.");
    }
}
