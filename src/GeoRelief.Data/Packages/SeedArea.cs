using GeoRelief.Core.Tiles;
using GeoRelief.Data.Sql;
using Npgsql;
using NpgsqlTypes;

namespace GeoRelief.Data.Packages;

/// <summary>The tiles a package of an administrative unit holds: those that, grown by the render buffer, touch the unit's geometry.</summary>
public static class SeedArea
{
    /// <summary>The unit's lon/lat extent, or null when there is no unit with this code.</summary>
    public static async Task<TileBounds?> BoundsAsync(NpgsqlDataSource dataSource, string code, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        await using var command = dataSource.CreateCommand(EmbeddedSql.Read("Packages/Sql/unit_bounds.sql"));
        command.Parameters.AddWithValue("code", NpgsqlDbType.Text, code);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new TileBounds(reader.GetDouble(0), reader.GetDouble(1), reader.GetDouble(2), reader.GetDouble(3))
            : null;
    }

    /// <summary>The tiles of <paramref name="candidates"/> whose buffered area intersects unit <paramref name="code"/>.</summary>
    public static async Task<IReadOnlyList<TileAddress>> TilesAsync(
        NpgsqlDataSource dataSource, string code, TileRange candidates, double bufferFraction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        await using var command = dataSource.CreateCommand(EmbeddedSql.Read("Packages/Sql/unit_tiles.sql"));
        command.Parameters.AddWithValue("code", NpgsqlDbType.Text, code);
        command.Parameters.AddWithValue("z", NpgsqlDbType.Integer, candidates.Z);
        command.Parameters.AddWithValue("min_x", NpgsqlDbType.Integer, candidates.MinX);
        command.Parameters.AddWithValue("max_x", NpgsqlDbType.Integer, candidates.MaxX);
        command.Parameters.AddWithValue("min_y", NpgsqlDbType.Integer, candidates.MinY);
        command.Parameters.AddWithValue("max_y", NpgsqlDbType.Integer, candidates.MaxY);
        command.Parameters.AddWithValue("margin", NpgsqlDbType.Double, bufferFraction);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var tiles = new List<TileAddress>();
        while (await reader.ReadAsync(cancellationToken))
        {
            tiles.Add(TileAddress.Create(candidates.Z, reader.GetInt32(0), reader.GetInt32(1)));
        }

        return tiles;
    }
}
