using System.Buffers.Binary;
using System.Text;
using GeoRelief.Core.Tiles.Internal;

namespace GeoRelief.Core.Tiles;

/// <summary>Decodes a Mapbox Vector Tile 2.1 (uncompressed protocol buffer) into layers, features, attributes and geometry.</summary>
public static class VectorTileReader
{
    private const int CommandMoveTo = 1;
    private const int CommandLineTo = 2;
    private const int CommandClosePath = 7;

    /// <summary>The layers of <paramref name="tile"/>, in tile order.</summary>
    /// <exception cref="FormatException">The bytes are not a well-formed vector tile.</exception>
    public static IReadOnlyList<VectorTileLayer> Read(ReadOnlySpan<byte> tile)
    {
        var layers = new List<VectorTileLayer>();
        var reader = new ProtoReader(tile);
        while (!reader.AtEnd)
        {
            var (field, wire) = reader.ReadKey();
            if (field == 3 && wire == 2)
            {
                layers.Add(ReadLayer(reader.ReadBytes()));
            }
            else
            {
                reader.Skip(wire);
            }
        }

        return layers;
    }

    private static VectorTileLayer ReadLayer(ReadOnlySpan<byte> data)
    {
        var name = string.Empty;
        var version = 1;
        var extent = 4096;
        var keys = new List<string>();
        var values = new List<object>();
        var rawFeatures = new List<byte[]>();
        var reader = new ProtoReader(data);
        while (!reader.AtEnd)
        {
            var (field, wire) = reader.ReadKey();
            switch (field)
            {
                case 1:
                    name = Encoding.UTF8.GetString(reader.ReadBytes());
                    break;
                case 2:
                    rawFeatures.Add(reader.ReadBytes().ToArray());
                    break;
                case 3:
                    keys.Add(Encoding.UTF8.GetString(reader.ReadBytes()));
                    break;
                case 4:
                    values.Add(ReadValue(reader.ReadBytes()));
                    break;
                case 5:
                    extent = checked((int)reader.ReadVarint());
                    break;
                case 15:
                    version = checked((int)reader.ReadVarint());
                    break;
                default:
                    reader.Skip(wire);
                    break;
            }
        }

        var features = rawFeatures.Select(f => ReadFeature(f, keys, values)).ToList();
        return new VectorTileLayer(name, version, extent, features);
    }

    private static object ReadValue(ReadOnlySpan<byte> data)
    {
        object? value = null;
        var reader = new ProtoReader(data);
        while (!reader.AtEnd)
        {
            var (field, wire) = reader.ReadKey();
            value = field switch
            {
                1 => Encoding.UTF8.GetString(reader.ReadBytes()),
                2 => BinaryPrimitives.ReadSingleLittleEndian(reader.ReadFixed(4)),
                3 => BinaryPrimitives.ReadDoubleLittleEndian(reader.ReadFixed(8)),
                4 => (long)reader.ReadVarint(),
                5 => reader.ReadVarint(),
                6 => ZigZag(reader.ReadVarint()),
                7 => reader.ReadVarint() != 0,
                _ => SkipValue(ref reader, wire, value),
            };
        }

        return value ?? throw new FormatException("A layer value holds no value.");
    }

    private static object? SkipValue(ref ProtoReader reader, int wire, object? current)
    {
        reader.Skip(wire);
        return current;
    }

    private static VectorTileFeature ReadFeature(byte[] data, List<string> keys, List<object> values)
    {
        ulong? id = null;
        var type = VectorTileGeometryType.Unknown;
        var tags = new List<uint>();
        var commands = new List<uint>();
        var reader = new ProtoReader(data);
        while (!reader.AtEnd)
        {
            var (field, wire) = reader.ReadKey();
            switch (field)
            {
                case 1:
                    id = reader.ReadVarint();
                    break;
                case 2:
                    ReadPacked(reader.ReadBytes(), tags);
                    break;
                case 3:
                    type = (VectorTileGeometryType)reader.ReadVarint();
                    break;
                case 4:
                    ReadPacked(reader.ReadBytes(), commands);
                    break;
                default:
                    reader.Skip(wire);
                    break;
            }
        }

        if (tags.Count % 2 != 0)
        {
            throw new FormatException("A feature has an odd number of tags.");
        }

        var attributes = new Dictionary<string, object>(StringComparer.Ordinal);
        for (var i = 0; i < tags.Count; i += 2)
        {
            if (tags[i] >= keys.Count || tags[i + 1] >= values.Count)
            {
                throw new FormatException("A feature tag points past the layer's keys or values.");
            }

            attributes[keys[(int)tags[i]]] = values[(int)tags[i + 1]];
        }

        return new VectorTileFeature(id, type, attributes, DecodeGeometry(commands, type));
    }

    private static List<IReadOnlyList<(int X, int Y)>> DecodeGeometry(List<uint> commands, VectorTileGeometryType type)
    {
        var parts = new List<IReadOnlyList<(int X, int Y)>>();
        List<(int X, int Y)>? current = null;
        int x = 0, y = 0, i = 0;
        while (i < commands.Count)
        {
            var command = (int)(commands[i] & 7);
            var count = (int)(commands[i] >> 3);
            i++;
            if (command == CommandClosePath)
            {
                continue;
            }

            if (command is not (CommandMoveTo or CommandLineTo) || i + (2 * count) > commands.Count)
            {
                throw new FormatException($"Bad geometry command {command} × {count}.");
            }

            for (var c = 0; c < count; c++)
            {
                x += (int)ZigZag(commands[i++]);
                y += (int)ZigZag(commands[i++]);
                if (command == CommandMoveTo && (type != VectorTileGeometryType.Point || current is null))
                {
                    current = [];
                    parts.Add(current);
                }

                current!.Add((x, y));
                if (type == VectorTileGeometryType.Point)
                {
                    current = null;
                }
            }
        }

        return parts;
    }

    private static void ReadPacked(ReadOnlySpan<byte> data, List<uint> into)
    {
        var reader = new ProtoReader(data);
        while (!reader.AtEnd)
        {
            into.Add(checked((uint)reader.ReadVarint()));
        }
    }

    private static long ZigZag(ulong n) => (long)(n >> 1) ^ -(long)(n & 1);
}
