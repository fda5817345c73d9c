using System.Runtime.CompilerServices;
using GeoRelief.Data.Layers.Internal;
using Npgsql;
using NpgsqlTypes;

namespace GeoRelief.Data.Layers;

/// <summary>Reads features of any catalogued layer, one row at a time, so exports of whole counties stream.</summary>
public sealed class LayerReader(NpgsqlDataSource dataSource)
{
    /// <summary>The features matching <paramref name="query"/>, in key order, as the database returns them.</summary>
    public async IAsyncEnumerable<LayerRecord> ListAsync(LayerDefinition layer, LayerQuery query, GeometryEncoding encoding, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(layer);
        ArgumentNullException.ThrowIfNull(query);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(LayerSql.Select(layer, encoding, query.Bbox is not null), connection);
        command.Parameters.Add(new NpgsqlParameter("within", NpgsqlDbType.Text) { Value = query.Within ?? (object)DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("limit", NpgsqlDbType.Bigint) { Value = query.Limit is { } limit ? limit : DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("offset", NpgsqlDbType.Integer) { Value = query.Offset });
        if (query.Bbox is { } box)
        {
            command.Parameters.AddWithValue("min_lon", NpgsqlDbType.Double, box.MinLon);
            command.Parameters.AddWithValue("min_lat", NpgsqlDbType.Double, box.MinLat);
            command.Parameters.AddWithValue("max_lon", NpgsqlDbType.Double, box.MaxLon);
            command.Parameters.AddWithValue("max_lat", NpgsqlDbType.Double, box.MaxLat);
        }

        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return await LayerRecordReader.ReadAsync(reader, layer, encoding, cancellationToken);
        }
    }

    /// <summary>One feature with its ETag; null when the layer has none with that key.</summary>
    public async Task<LayerRecord?> GetAsync(LayerDefinition layer, LayerKey key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(layer);
        ArgumentNullException.ThrowIfNull(key);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await GetAsync(connection, layer, key, forUpdate: false, cancellationToken);
    }

    internal static async Task<LayerRecord?> GetAsync(NpgsqlConnection connection, LayerDefinition layer, LayerKey key, bool forUpdate, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(LayerSql.SelectOne(layer, forUpdate), connection);
        LayerRecordReader.AddKey(command, key);
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? await LayerRecordReader.ReadAsync(reader, layer, GeometryEncoding.GeoJson, ct) : null;
    }
}
