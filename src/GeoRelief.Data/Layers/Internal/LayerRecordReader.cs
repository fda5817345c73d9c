using Npgsql;
using NpgsqlTypes;

namespace GeoRelief.Data.Layers.Internal;

/// <summary>Reads rows of the layer SELECT templates (key, ETag, catalogued columns, geometry) and binds their parameters.</summary>
internal static class LayerRecordReader
{
    public static async Task<LayerRecord> ReadAsync(NpgsqlDataReader reader, LayerDefinition layer, GeometryEncoding encoding, CancellationToken ct)
    {
        var values = new object?[layer.Fields.Count];
        for (var i = 0; i < values.Length; i++)
        {
            var ordinal = i + 2;
            values[i] = await reader.IsDBNullAsync(ordinal, ct) ? null : layer.Fields[i].Type switch
            {
                FieldType.Text => reader.GetString(ordinal),
                FieldType.WholeNumber => Convert.ToInt64(reader.GetValue(ordinal), System.Globalization.CultureInfo.InvariantCulture),
                FieldType.Number => reader.GetDecimal(ordinal),
                FieldType.Date => reader.GetFieldValue<DateOnly>(ordinal),
                FieldType.TextArray => reader.GetFieldValue<string[]>(ordinal),
                _ => throw new InvalidOperationException($"The field type {layer.Fields[i].Type} has no reader."),
            };
        }

        var next = values.Length + 2;
        string? geoJson = null, wkt = null;
        double? lon = null, lat = null;
        if (layer.HasGeometry && !await reader.IsDBNullAsync(next, ct))
        {
            if (encoding == GeometryEncoding.GeoJson)
            {
                geoJson = reader.GetString(next);
            }
            else if (layer.IsPointLayer)
            {
                lon = reader.GetDouble(next);
                lat = reader.GetDouble(next + 1);
            }
            else
            {
                wkt = reader.GetString(next);
            }
        }

        return new LayerRecord(reader.GetString(0), reader.GetString(1), values, geoJson, lon, lat, wkt);
    }

    public static void AddKey(NpgsqlCommand command, LayerKey key)
    {
        for (var i = 0; i < key.Parts.Count; i++)
        {
            command.Parameters.Add(key.Parts[i] is int number
                ? new NpgsqlParameter(LayerSql.KeyParameter(i), NpgsqlDbType.Integer) { Value = number }
                : new NpgsqlParameter(LayerSql.KeyParameter(i), NpgsqlDbType.Text) { Value = key.Parts[i] });
        }
    }

    public static NpgsqlDbType DbType(FieldType type) => type switch
    {
        FieldType.Text => NpgsqlDbType.Text,
        FieldType.WholeNumber => NpgsqlDbType.Integer,
        FieldType.Number => NpgsqlDbType.Numeric,
        FieldType.Date => NpgsqlDbType.Date,
        FieldType.TextArray => NpgsqlDbType.Array | NpgsqlDbType.Text,
        _ => throw new InvalidOperationException($"The field type {type} has no database type."),
    };
}
