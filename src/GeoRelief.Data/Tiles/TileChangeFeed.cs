using GeoRelief.Core.Tiles;
using GeoRelief.Data.Sql;
using Npgsql;
using NpgsqlTypes;

namespace GeoRelief.Data.Tiles;

/// <summary>Reads the changes that the row-level triggers of migration 0004 capture, for exact tile-cache invalidation.</summary>
public static class TileChangeFeed
{
    /// <summary>The data version and the last change id: one cheap round trip, compared on each check.</summary>
    public static async Task<TileChangeState> ReadStateAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        await using var command = dataSource.CreateCommand(EmbeddedSql.Read("Tiles/Sql/change_state.sql"));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return new TileChangeState(reader.GetInt64(0), reader.GetInt64(1));
    }

    /// <summary>Up to <paramref name="limit"/> changes after <paramref name="afterId"/>, oldest first.</summary>
    public static async Task<IReadOnlyList<TileChange>> ReadAfterAsync(NpgsqlDataSource dataSource, long afterId, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        await using var command = dataSource.CreateCommand(EmbeddedSql.Read("Tiles/Sql/changes_after.sql"));
        command.Parameters.AddWithValue("after", NpgsqlDbType.Bigint, afterId);
        command.Parameters.AddWithValue("limit", NpgsqlDbType.Integer, limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var changes = new List<TileChange>();
        while (await reader.ReadAsync(cancellationToken))
        {
            changes.Add(new TileChange(reader.GetInt64(0), reader.GetString(1), reader.GetBoolean(2), Bounds(reader, 3), Bounds(reader, 7)));
        }

        return changes;
    }

    private static TileBounds? Bounds(NpgsqlDataReader reader, int first) =>
        reader.IsDBNull(first)
            ? null
            : new TileBounds(reader.GetDouble(first), reader.GetDouble(first + 1), reader.GetDouble(first + 2), reader.GetDouble(first + 3));
}
