using GeoRelief.Data.Sql;
using Npgsql;
using NpgsqlTypes;

namespace GeoRelief.Data.Linkage;

/// <summary>
/// Ties features to the administrative units they lie in — the one implementation, in the SQL functions
/// <c>georelief.locate_village</c> (points: the village containing it; on a shared boundary the smallest code) and
/// <c>georelief.cut_at_townships</c> (lines: one piece per township, ellipsoidal length), used by the sample loader
/// and by every import.
/// </summary>
public static class FeatureLinkage
{
    /// <summary>Links every point feature and cuts every road again, inside the caller's transaction.</summary>
    public static async Task LinkAllAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await ExecuteAsync(connection, "link_all_points.sql", null, cancellationToken);
        await ExecuteAsync(connection, "cut_all_roads.sql", null, cancellationToken);
    }

    /// <summary>Cuts the roads with <paramref name="roadIds"/> again at township boundaries, inside the caller's transaction.</summary>
    public static Task CutRoadsAsync(NpgsqlConnection connection, string[] roadIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(roadIds);
        return ExecuteAsync(connection, "cut_roads.sql", roadIds, cancellationToken);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string file, string[]? ids, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(EmbeddedSql.Read("Linkage/Sql/" + file), connection) { CommandTimeout = 0 };
        if (ids is not null)
        {
            command.Parameters.AddWithValue("ids", NpgsqlDbType.Array | NpgsqlDbType.Text, ids);
        }

        await command.ExecuteNonQueryAsync(ct);
    }
}
