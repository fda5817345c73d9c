using GeoRelief.Data.Layers;
using Npgsql;
using NpgsqlTypes;

namespace GeoRelief.Data.Imports.Internal;

/// <summary>
/// The keys of a layer keyed by one text column, read before the file when the layer holds at most
/// <see cref="DefaultMaximum"/> features: the stage then knows by itself whether any row names a key the layer holds, and
/// select_overlap.sql, which reads the whole stage once the layer holds a feature, need not run. A larger layer is left
/// to that statement, so memory stays bounded whatever the layer's size; one the planner already estimates larger is
/// not read at all (estimate_layer_rows.sql). A key that another session adds after this read is no different from one
/// it adds after that statement: the plain insert of the new rows (insert_new.sql), or the key built again after a bulk
/// insert, fails on it, and with it the whole import.
/// </summary>
internal static class ExistingKeys
{
    /// <summary>The most keys read by default (about 3 MB of strings).</summary>
    public const int DefaultMaximum = 50_000;

    /// <summary>The layer's keys, or null when it has more than <paramref name="maximum"/> or a key of another kind.</summary>
    public static async Task<HashSet<string>?> LoadAsync(NpgsqlConnection connection, ImportSqlTemplates sql, LayerDefinition layer, int maximum, CancellationToken ct)
    {
        if (layer.KeyFields is not [{ Type: FieldType.Text }])
        {
            return null;
        }

        await using (var estimate = new NpgsqlCommand(ImportSqlTemplates.Read("estimate_layer_rows.sql"), connection) { CommandTimeout = 0 })
        {
            estimate.Parameters.AddWithValue("relation", NpgsqlDbType.Text, "georelief." + layer.Table);
            if ((double)(await estimate.ExecuteScalarAsync(ct))! > maximum)
            {
                return null;
            }
        }

        var keys = new HashSet<string>(StringComparer.Ordinal);
        await using var command = new NpgsqlCommand(sql.SelectExistingKeys(), connection) { CommandTimeout = 0 };
        command.Parameters.AddWithValue("limit", NpgsqlDbType.Integer, maximum);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            if (keys.Count == maximum)
            {
                return null;
            }

            keys.Add(reader.GetString(0));
        }

        return keys;
    }
}
