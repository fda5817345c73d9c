using GeoRelief.Core.Siting.Criteria;
using GeoRelief.Core.Siting.Grid;
using GeoRelief.Core.Tiles;
using GeoRelief.Data.Sql;
using Npgsql;
using NpgsqlTypes;

namespace GeoRelief.Data.Siting;

/// <summary>Stores evaluated grids and serves them back as tiles, GeoTIFF and cells.</summary>
public sealed class SuitabilityRunStore(NpgsqlDataSource dataSource)
{
    /// <summary>The layer name of the grid's vector tiles.</summary>
    public const string Layer = "suitability";

    /// <summary>Stores a grid (cropped to the cells of the area) and returns its run id.</summary>
    public async Task<long> SaveAsync(
        SitingArea area, GridGeoreference grid, SuitabilityGridResult result, string parametersJson, string summaryJson, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(area);
        ArgumentNullException.ThrowIfNull(grid);
        ArgumentNullException.ThrowIfNull(result);
        int r0 = int.MaxValue, r1 = -1, c0 = int.MaxValue, c1 = -1;
        for (var r = 0; r < grid.Height; r++)
        {
            for (var c = 0; c < grid.Width; c++)
            {
                if (result.Class[(r * grid.Width) + c] != byte.MaxValue)
                {
                    (r0, r1, c0, c1) = (Math.Min(r0, r), Math.Max(r1, r), Math.Min(c0, c), Math.Max(c1, c));
                }
            }
        }

        if (r1 < 0)
        {
            throw new ArgumentException("The grid has no cell in the area.", nameof(result));
        }

        var height = r1 - r0 + 1;
        var width = c1 - c0 + 1;
        var suitability = new double[height, width];
        var classes = new double[height, width];
        var failed = new double[height, width];
        var obstacle = new double[height, width];
        var aspect = new double[height, width];
        for (var r = 0; r < height; r++)
        {
            for (var c = 0; c < width; c++)
            {
                var i = ((r + r0) * grid.Width) + c + c0;
                var inside = result.Class[i] != byte.MaxValue;
                suitability[r, c] = inside ? result.Suitability[i] : -1;
                classes[r, c] = inside ? result.Class[i] : -1;
                failed[r, c] = inside ? result.Failed[i] : -1;
                obstacle[r, c] = inside ? result.MainObstacle[i] : -1;
                // Band 5: −1 is every band's no data (a GeoTIFF has one), so a flat cell is stored as −2.
                aspect[r, c] = !inside || !float.IsFinite(result.AspectDegrees[i]) ? -1 : Aspect.IsFlat(result.AspectDegrees[i]) ? -2 : result.AspectDegrees[i];
            }
        }

        var ulx = grid.UpperLeftX + (c0 * grid.CellSize);
        var uly = grid.UpperLeftY - (r0 * grid.CellSize);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        long id;
        await using (var command = new NpgsqlCommand(EmbeddedSql.Read("Siting/Sql/insert_run.sql"), connection, transaction))
        {
            command.Parameters.AddWithValue("area", NpgsqlDbType.Text, area.Label);
            command.Parameters.AddWithValue("cell", NpgsqlDbType.Double, grid.CellSize);
            command.Parameters.AddWithValue("srid", NpgsqlDbType.Integer, grid.Srid);
            command.Parameters.AddWithValue("ulx", NpgsqlDbType.Double, ulx);
            command.Parameters.AddWithValue("uly", NpgsqlDbType.Double, uly);
            command.Parameters.AddWithValue("width", NpgsqlDbType.Integer, width);
            command.Parameters.AddWithValue("height", NpgsqlDbType.Integer, height);
            command.Parameters.AddWithValue("parameters", NpgsqlDbType.Text, parametersJson);
            command.Parameters.AddWithValue("summary", NpgsqlDbType.Text, summaryJson);
            command.Parameters.AddWithValue("suitability", NpgsqlDbType.Array | NpgsqlDbType.Double, suitability);
            command.Parameters.AddWithValue("class", NpgsqlDbType.Array | NpgsqlDbType.Double, classes);
            command.Parameters.AddWithValue("failed", NpgsqlDbType.Array | NpgsqlDbType.Double, failed);
            command.Parameters.AddWithValue("obstacle", NpgsqlDbType.Array | NpgsqlDbType.Double, obstacle);
            command.Parameters.AddWithValue("aspect", NpgsqlDbType.Array | NpgsqlDbType.Double, aspect);
            id = (long)(await command.ExecuteScalarAsync(cancellationToken))!;
        }

        var constraints = Enum.GetValues<HardConstraint>();
        await using (var writer = await connection.BeginBinaryImportAsync(EmbeddedSql.Read("Siting/Sql/copy_cells.sql"), cancellationToken))
        {
            for (var r = 0; r < height; r++)
            {
                for (var c = 0; c < width; c++)
                {
                    var i = ((r + r0) * grid.Width) + c + c0;
                    if (result.Class[i] == byte.MaxValue)
                    {
                        continue;
                    }

                    await writer.StartRowAsync(cancellationToken);
                    await writer.WriteAsync(id, NpgsqlDbType.Bigint, cancellationToken);
                    await writer.WriteAsync(r, NpgsqlDbType.Integer, cancellationToken);
                    await writer.WriteAsync(c, NpgsqlDbType.Integer, cancellationToken);
                    await writer.WriteAsync(result.Suitability[i], NpgsqlDbType.Real, cancellationToken);
                    await writer.WriteAsync(result.Score[i], NpgsqlDbType.Real, cancellationToken);
                    await writer.WriteAsync(SuitabilityNames.Of((SuitabilityClass)result.Class[i]), NpgsqlDbType.Text, cancellationToken);
                    await writer.WriteAsync(FailedNames(result.Failed[i], constraints), NpgsqlDbType.Array | NpgsqlDbType.Text, cancellationToken);
                    if (result.MainObstacle[i] < 0)
                    {
                        await writer.WriteNullAsync(cancellationToken);
                    }
                    else
                    {
                        await writer.WriteAsync(SuitabilityNames.Of((SuitabilityFactor)result.MainObstacle[i]), NpgsqlDbType.Text, cancellationToken);
                    }
                }
            }

            await writer.CompleteAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return id;
    }

    /// <summary>A stored run, or null.</summary>
    public async Task<SuitabilityRun?> GetAsync(long run, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(EmbeddedSql.Read("Siting/Sql/get_run.sql"));
        command.Parameters.AddWithValue("run", NpgsqlDbType.Bigint, run);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        return new SuitabilityRun(
            reader.GetInt64(0),
            reader.GetFieldValue<DateTimeOffset>(1),
            reader.GetString(2),
            new GridGeoreference(reader.GetInt32(4), reader.GetDouble(5), reader.GetDouble(6), reader.GetDouble(3), reader.GetInt32(7), reader.GetInt32(8)),
            reader.GetInt64(9),
            reader.GetString(10),
            reader.GetString(11),
            reader.GetBoolean(12));
    }

    /// <summary>The run as GeoTIFF bytes, or null when there is no such run.</summary>
    public async Task<byte[]?> GeoTiffAsync(long run, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var enable = new NpgsqlCommand(EmbeddedSql.Read("Siting/Sql/enable_gtiff.sql"), connection, transaction))
        {
            await enable.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var command = new NpgsqlCommand(EmbeddedSql.Read("Siting/Sql/geotiff.sql"), connection, transaction);
        command.Parameters.AddWithValue("run", NpgsqlDbType.Bigint, run);
        var tiff = await command.ExecuteScalarAsync(cancellationToken) as byte[];
        await transaction.CommitAsync(cancellationToken);
        return tiff;
    }

    /// <summary>
    /// A vector tile of a stored grid (layer <c>suitability</c>). Where cells are smaller than screen pixels they are
    /// merged (k × k blocks, runs of one class along a row; see tile.sql), and the tile then carries a
    /// <see cref="TileMetaLayer"/> saying so: <c>total</c> cells drawn as <c>shown</c> features.
    /// </summary>
    public async Task<byte[]> TileAsync(long run, int z, int x, int y, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(EmbeddedSql.Read("Siting/Sql/tile.sql"));
        command.Parameters.AddWithValue("run", NpgsqlDbType.Bigint, run);
        command.Parameters.AddWithValue("z", NpgsqlDbType.Integer, z);
        command.Parameters.AddWithValue("x", NpgsqlDbType.Integer, x);
        command.Parameters.AddWithValue("y", NpgsqlDbType.Integer, y);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return [];
        }

        var tile = (byte[])reader.GetValue(0);
        var cells = reader.GetInt64(1);
        var features = reader.GetInt64(2);
        var generalised = reader.GetInt32(3) > 1 || reader.GetBoolean(4);
        return generalised && features > 0 ? [.. tile, .. TileMetaLayer.Encode([new ThinnedLayer(Layer, cells, features)])] : tile;
    }

    /// <summary>Cells of a run in row-major order.</summary>
    public async Task<IReadOnlyList<SuitabilityCell>> CellsAsync(long run, int limit, int offset, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(EmbeddedSql.Read("Siting/Sql/cells.sql"));
        command.Parameters.AddWithValue("run", NpgsqlDbType.Bigint, run);
        command.Parameters.AddWithValue("limit", NpgsqlDbType.Integer, limit);
        command.Parameters.AddWithValue("offset", NpgsqlDbType.Integer, offset);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var cells = new List<SuitabilityCell>();
        while (await reader.ReadAsync(cancellationToken))
        {
            cells.Add(new SuitabilityCell(
                reader.GetInt32(0),
                reader.GetInt32(1),
                reader.GetFloat(2),
                reader.GetFloat(3),
                reader.GetString(4),
                reader.GetFieldValue<string[]>(5),
                await reader.IsDBNullAsync(6, cancellationToken) ? null : reader.GetString(6),
                reader.GetString(7),
                await reader.IsDBNullAsync(8, cancellationToken) ? null : reader.GetDouble(8)));
        }

        return cells;
    }

    private static string[] FailedNames(short mask, HardConstraint[] constraints) =>
        mask == 0 ? [] : constraints.Where(c => (mask & (1 << (int)c)) != 0).Select(SuitabilityNames.Of).ToArray();
}
