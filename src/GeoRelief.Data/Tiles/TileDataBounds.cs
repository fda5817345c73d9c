using GeoRelief.Core.Tiles;
using GeoRelief.Data.Sql;
using Npgsql;

namespace GeoRelief.Data.Tiles;

/// <summary>The longitude/latitude extent of the planning data.</summary>
public static class TileDataBounds
{
    /// <summary>The extent of all administrative units, or null when there are none.</summary>
    public static async Task<TileBounds?> ReadAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        await using var command = dataSource.CreateCommand(EmbeddedSql.Read("Tiles/Sql/data_bounds.sql"));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new TileBounds(reader.GetDouble(0), reader.GetDouble(1), reader.GetDouble(2), reader.GetDouble(3))
            : null;
    }
}
