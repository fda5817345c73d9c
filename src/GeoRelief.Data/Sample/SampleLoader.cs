using GeoRelief.Core.Sample.Features;
using GeoRelief.Data.Linkage;
using GeoRelief.Data.Sql;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using Npgsql;
using NpgsqlTypes;

namespace GeoRelief.Data.Sample;

/// <summary>
/// Replaces all planning data with a <see cref="SampleDataset"/> in one transaction: empties the tables,
/// binary-COPYs every layer (geometry as EWKB, SRID 4490), loads the elevation grids as raster tiles,
/// then links points to the village containing them and cuts roads at township boundaries. A failure
/// at any step rolls everything back and leaves the database as it was.
/// </summary>
public static class SampleLoader
{
    /// <summary>Raster tiles of at most this many cells a side keep each ST_SetValues call modest.</summary>
    public const int DemTileSize = 256;

    private const int Srid = 4490;

    /// <summary>Loads <paramref name="dataset"/>, replacing every planning table.</summary>
    public static async Task<SampleLoadResult> LoadAsync(NpgsqlDataSource dataSource, SampleDataset dataset, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        ArgumentNullException.ThrowIfNull(dataset);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(connection, "truncate.sql", cancellationToken);
        await CopyAsync(connection, dataset, cancellationToken);
        var tiles = 0;
        foreach (var grid in dataset.ElevationGrids)
        {
            tiles += await InsertElevationAsync(connection, grid, cancellationToken);
        }

        await FeatureLinkage.LinkAllAsync(connection, cancellationToken);
        var pieces = await ScalarAsync(connection, "count_road_pieces.sql", cancellationToken);
        var unlinked = await ScalarAsync(connection, "count_unlinked.sql", cancellationToken);
        await ExecuteAsync(connection, "analyze.sql", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new SampleLoadResult(pieces, tiles, unlinked);
    }

    private static async Task CopyAsync(NpgsqlConnection connection, SampleDataset dataset, CancellationToken ct)
    {
        // Parents before children: admin_unit.parent_code is checked row by row.
        var units = dataset.AdminUnits.OrderBy(u => u.Level).ThenBy(u => u.Code, StringComparer.Ordinal);
        await CopyRowsAsync(connection, "copy_admin_unit.sql", units, async (w, u) =>
        {
            await w.WriteAsync(u.Code, NpgsqlDbType.Text, ct);
            await w.WriteAsync((short)u.Level, NpgsqlDbType.Smallint, ct);
            await WriteNullableAsync(w, u.ParentCode, NpgsqlDbType.Text, ct);
            await w.WriteAsync(u.Name, NpgsqlDbType.Text, ct);
            await WriteNullableAsync(w, u.UrbanRuralCode is { } urbanRural ? (short?)urbanRural : null, NpgsqlDbType.Smallint, ct);
            await w.WriteAsync((short)u.CodeYear, NpgsqlDbType.Smallint, ct);
            await WriteNullableAsync(w, u.Geometry is null ? null : Ewkb(u.Geometry), NpgsqlDbType.Bytea, ct);
        }, ct);

        await CopyRowsAsync(connection, "copy_natural_village.sql", dataset.NaturalVillages, async (w, v) =>
        {
            await w.WriteAsync(v.Id, NpgsqlDbType.Text, ct);
            await w.WriteAsync(v.Name, NpgsqlDbType.Text, ct);
            await w.WriteAsync(v.VillageCode, NpgsqlDbType.Text, ct);
            await w.WriteAsync(v.Households, NpgsqlDbType.Integer, ct);
            await w.WriteAsync(v.Population, NpgsqlDbType.Integer, ct);
            await w.WriteAsync(Ewkb(v.Location), NpgsqlDbType.Bytea, ct);
        }, ct);

        await CopyRowsAsync(connection, "copy_village_year.sql", dataset.VillageYears, async (w, y) =>
        {
            await w.WriteAsync(y.NaturalVillageId, NpgsqlDbType.Text, ct);
            await w.WriteAsync((short)y.Year, NpgsqlDbType.Smallint, ct);
            await w.WriteAsync(y.RegisteredPopulation, NpgsqlDbType.Integer, ct);
            await w.WriteAsync(y.PoorHouseholds, NpgsqlDbType.Integer, ct);
            await w.WriteAsync(y.PoorPopulation, NpgsqlDbType.Integer, ct);
            await w.WriteAsync(y.ExitedHouseholds, NpgsqlDbType.Integer, ct);
            await w.WriteAsync(y.MonitoredHouseholds, NpgsqlDbType.Integer, ct);
        }, ct);

        await CopyRowsAsync(connection, "copy_road.sql", dataset.Roads, async (w, r) =>
        {
            await w.WriteAsync(r.Id, NpgsqlDbType.Text, ct);
            await w.WriteAsync(r.Name, NpgsqlDbType.Text, ct);
            await w.WriteAsync(SampleVocabulary.Code(r.Class), NpgsqlDbType.Text, ct);
            await w.WriteAsync(SampleVocabulary.Code(r.Surface), NpgsqlDbType.Text, ct);
            await w.WriteAsync(SampleVocabulary.Code(r.Status), NpgsqlDbType.Text, ct);
            await WriteNullableAsync(w, r.YearBuilt is { } year ? (short?)year : null, NpgsqlDbType.Smallint, ct);
            await w.WriteAsync(Ewkb(r.Geometry), NpgsqlDbType.Bytea, ct);
        }, ct);

        await CopyRowsAsync(connection, "copy_facility.sql", dataset.Facilities, async (w, f) =>
        {
            await w.WriteAsync(f.Id, NpgsqlDbType.Text, ct);
            await w.WriteAsync(f.Name, NpgsqlDbType.Text, ct);
            await w.WriteAsync(SampleVocabulary.Code(f.Kind), NpgsqlDbType.Text, ct);
            await w.WriteAsync(Ewkb(f.Location), NpgsqlDbType.Bytea, ct);
        }, ct);

        await CopyRowsAsync(connection, "copy_relocation_site.sql", dataset.RelocationSites, async (w, s) =>
        {
            await w.WriteAsync(s.Id, NpgsqlDbType.Text, ct);
            await w.WriteAsync(s.Name, NpgsqlDbType.Text, ct);
            await w.WriteAsync(SampleVocabulary.Code(s.Kind), NpgsqlDbType.Text, ct);
            await w.WriteAsync(SampleVocabulary.Code(s.Status), NpgsqlDbType.Text, ct);
            await w.WriteAsync(s.PlannedHouseholds, NpgsqlDbType.Integer, ct);
            await w.WriteAsync(s.PlannedPersons, NpgsqlDbType.Integer, ct);
            await w.WriteAsync(s.MovedInHouseholds, NpgsqlDbType.Integer, ct);
            await w.WriteAsync(s.MovedInPersons, NpgsqlDbType.Integer, ct);
            await w.WriteAsync(s.ProgressPct, NpgsqlDbType.Numeric, ct);
            await w.WriteAsync(s.StartDate, NpgsqlDbType.Date, ct);
            await w.WriteAsync(s.PlannedCompletionDate, NpgsqlDbType.Date, ct);
            await w.WriteAsync(s.Facilities.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text, ct);
            await w.WriteAsync(Ewkb(s.Location), NpgsqlDbType.Bytea, ct);
        }, ct);

        await CopyRowsAsync(connection, "copy_relocation_source.sql", dataset.RelocationSources, async (w, s) =>
        {
            await w.WriteAsync(s.SiteId, NpgsqlDbType.Text, ct);
            await w.WriteAsync(s.NaturalVillageId, NpgsqlDbType.Text, ct);
            await w.WriteAsync(s.PlannedHouseholds, NpgsqlDbType.Integer, ct);
        }, ct);

        await CopyRowsAsync(connection, "copy_industrial_base.sql", dataset.IndustrialBases, async (w, b) =>
        {
            await w.WriteAsync(b.Id, NpgsqlDbType.Text, ct);
            await w.WriteAsync(b.Name, NpgsqlDbType.Text, ct);
            await w.WriteAsync(SampleVocabulary.Code(b.Kind), NpgsqlDbType.Text, ct);
            await w.WriteAsync(b.Jobs, NpgsqlDbType.Integer, ct);
            await w.WriteAsync(b.PoorEmployed, NpgsqlDbType.Integer, ct);
            await w.WriteAsync(b.DividendHouseholds, NpgsqlDbType.Integer, ct);
            await w.WriteAsync(b.InvestmentWanYuan, NpgsqlDbType.Numeric, ct);
            await w.WriteAsync(b.BeneficiaryCodes.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text, ct);
            await w.WriteAsync(Ewkb(b.Location), NpgsqlDbType.Bytea, ct);
        }, ct);

        await CopyRowsAsync(connection, "copy_constraint_zone.sql", dataset.ConstraintZones, async (w, z) =>
        {
            await w.WriteAsync(z.Id, NpgsqlDbType.Text, ct);
            await w.WriteAsync(z.Name, NpgsqlDbType.Text, ct);
            await w.WriteAsync(SampleVocabulary.Code(z.Kind), NpgsqlDbType.Text, ct);
            await WriteNullableAsync(w, z.Risk is { } risk ? SampleVocabulary.Code(risk) : null, NpgsqlDbType.Text, ct);
            await w.WriteAsync(Ewkb(z.Geometry), NpgsqlDbType.Bytea, ct);
        }, ct);
    }

    /// <summary>
    /// Binary COPY of one table. Geometry travels as EWKB bytes straight into the geometry column:
    /// in binary COPY the server decodes each field with the column type's receive function, and
    /// PostGIS's geometry_recv reads EWKB and enforces the column's type and SRID.
    /// </summary>
    private static async Task CopyRowsAsync<T>(NpgsqlConnection connection, string sqlFile, IEnumerable<T> rows, Func<NpgsqlBinaryImporter, T, Task> write, CancellationToken ct)
    {
        await using var importer = await connection.BeginBinaryImportAsync(EmbeddedSql.Read("Sample/Sql/" + sqlFile), ct);

        // A province-scale table takes longer than the default 30 s command timeout to check and index at completion.
        // (TimeSpan.Zero is not "no limit" for the importer in Npgsql 10: it times out at once.)
        importer.Timeout = TimeSpan.FromHours(1);
        foreach (var row in rows)
        {
            await importer.StartRowAsync(ct);
            await write(importer, row);
        }

        await importer.CompleteAsync(ct);
    }

    private static async Task<int> InsertElevationAsync(NpgsqlConnection connection, ElevationGrid grid, CancellationToken ct)
    {
        var tiles = 0;
        for (var top = 0; top < grid.Height; top += DemTileSize)
        {
            for (var left = 0; left < grid.Width; left += DemTileSize)
            {
                var width = Math.Min(DemTileSize, grid.Width - left);
                var height = Math.Min(DemTileSize, grid.Height - top);
                var values = new double[height, width];
                for (var row = 0; row < height; row++)
                {
                    for (var column = 0; column < width; column++)
                    {
                        values[row, column] = grid.At(left + column, top + row);
                    }
                }

                await using var command = new NpgsqlCommand(EmbeddedSql.Read("Sample/Sql/insert_dem_tile.sql"), connection) { CommandTimeout = 0 };
                command.Parameters.AddWithValue("name", NpgsqlDbType.Text, grid.Name);
                command.Parameters.AddWithValue("width", NpgsqlDbType.Integer, width);
                command.Parameters.AddWithValue("height", NpgsqlDbType.Integer, height);
                command.Parameters.AddWithValue("west", NpgsqlDbType.Double, grid.WestLon + (left * grid.CellSizeDegrees));
                command.Parameters.AddWithValue("north", NpgsqlDbType.Double, grid.NorthLat - (top * grid.CellSizeDegrees));
                command.Parameters.AddWithValue("cell_size", NpgsqlDbType.Double, grid.CellSizeDegrees);
                command.Parameters.AddWithValue("srid", NpgsqlDbType.Integer, Srid);
                command.Parameters.AddWithValue("values", NpgsqlDbType.Array | NpgsqlDbType.Double, values);
                await command.ExecuteNonQueryAsync(ct);
                tiles++;
            }
        }

        return tiles;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sqlFile, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(EmbeddedSql.Read("Sample/Sql/" + sqlFile), connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync(ct);
    }

    private static async Task<long> ScalarAsync(NpgsqlConnection connection, string sqlFile, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(EmbeddedSql.Read("Sample/Sql/" + sqlFile), connection) { CommandTimeout = 0 };
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static Task WriteNullableAsync<T>(NpgsqlBinaryImporter writer, T? value, NpgsqlDbType type, CancellationToken ct) =>
        value is null ? writer.WriteNullAsync(ct) : writer.WriteAsync(value, type, ct);

    private static byte[] Ewkb(Geometry geometry)
    {
        // EWKB carries the SRID; the writer is cheap and not thread-safe, so one per call.
        var g = geometry.SRID == Srid ? geometry : geometry.Factory.WithSRID(Srid).CreateGeometry(geometry);
        return new WKBWriter(ByteOrder.LittleEndian, handleSRID: true, emitZ: false, emitM: false).Write(g);
    }
}
