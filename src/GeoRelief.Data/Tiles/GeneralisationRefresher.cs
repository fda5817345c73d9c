using GeoRelief.Core.Tiles;
using GeoRelief.Data.Sql;
using Npgsql;
using NpgsqlTypes;

namespace GeoRelief.Data.Tiles;

/// <summary>
/// Rebuilds georelief.admin_unit_generalised — the boundaries of every zoom band of <see cref="ZoomBands"/> — in one
/// transaction. Call it whenever administrative boundaries change (after a sample load or an import); the rebuild
/// itself records a tile change that redraws every layer built on administrative units.
/// </summary>
public static class GeneralisationRefresher
{
    /// <summary>Rebuilds every band; returns the number of generalised units written.</summary>
    public static async Task<int> RefreshAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // Bulk work: a province's boundaries take minutes, far over the default command timeout.
        await using (var delete = new NpgsqlCommand(EmbeddedSql.Read("Tiles/Sql/delete_generalised.sql"), connection, transaction) { CommandTimeout = 0 })
        {
            await delete.ExecuteNonQueryAsync(cancellationToken);
        }

        var written = 0;
        foreach (var band in ZoomBands.All)
        {
            var file = band.ToleranceDegrees > 0 ? "Tiles/Sql/insert_generalised_band.sql" : "Tiles/Sql/insert_source_band.sql";
            await using var insert = new NpgsqlCommand(EmbeddedSql.Read(file), connection, transaction) { CommandTimeout = 0 };
            insert.Parameters.AddWithValue("band", NpgsqlDbType.Smallint, (short)band.Band);
            if (band.ToleranceDegrees > 0)
            {
                insert.Parameters.AddWithValue("tolerance", NpgsqlDbType.Double, band.ToleranceDegrees);
            }

            written += await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return written;
    }
}
