using System.Buffers.Binary;
using System.Globalization;
using System.Text.Json;
using GeoRelief.Data.Sql;
using GeoRelief.Data.Terrain.Internal;
using Npgsql;
using NpgsqlTypes;

namespace GeoRelief.Data.Terrain;

/// <summary>
/// Replaces the elevation raster (<c>georelief.dem</c>) with a file GDAL reads (GeoTIFF or any GDAL raster):
/// <c>gdalinfo</c> checks it is a georeferenced raster with a coordinate system, <c>gdalwarp</c> reprojects band 1 to
/// EPSG:4490 (bilinear, 32-bit float, no data −9999) into a raw file, and the cells go to PostGIS in tiles of
/// <see cref="TileSize"/> × <see cref="TileSize"/> from the north-west corner, as the sample's DEM. The old tiles are
/// deleted and the new ones inserted in one transaction: a failed import leaves the previous DEM.
/// </summary>
public sealed class DemImporter(NpgsqlDataSource dataSource)
{
    /// <summary>Cells per tile side (as <c>SampleLoader.DemTileSize</c>).</summary>
    public const int TileSize = 256;

    /// <summary>The no-data value of the stored band.</summary>
    public const float NoData = -9999f;

    private const int Srid = 4490;

    /// <summary>The gdalinfo program (on PATH by default).</summary>
    public string GdalInfo { get; init; } = "gdalinfo";

    /// <summary>The gdalwarp program (on PATH by default).</summary>
    public string GdalWarp { get; init; } = "gdalwarp";

    /// <summary>
    /// Imports <paramref name="path"/>. <paramref name="sourceCrs"/> (e.g. "EPSG:4524") overrides or supplies the file's
    /// coordinate system. With <paramref name="dryRun"/> everything is checked and nothing is kept.
    /// Throws <see cref="DemImportException"/> with a planner-readable reason when the file cannot be imported.
    /// </summary>
    public async Task<DemImportResult> ImportAsync(string path, string name, string? sourceCrs, bool dryRun, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(name);
        if (!File.Exists(path))
        {
            throw new DemImportException($"The file {path} does not exist.");
        }

        var source = await InfoAsync(path, cancellationToken);
        var fileName = Path.GetFileName(path);
        if (source.Bands == 0)
        {
            throw new DemImportException($"{fileName} has no raster band: an elevation file needs one band of heights in metres.");
        }

        if (source.GeoTransform is null)
        {
            throw new DemImportException($"{fileName} is not georeferenced (no geotransform): GDAL cannot place its cells on the ground. Use a GeoTIFF with its georeferencing.");
        }

        if (string.IsNullOrWhiteSpace(source.Wkt) && string.IsNullOrWhiteSpace(sourceCrs))
        {
            throw new DemImportException(
                $"{fileName} has no coordinate system, so its coordinates cannot be placed: give it with --crs (e.g. --crs EPSG:4524 for a CGCS2000 Gauss–Krüger zone) "
                + "or assign one with 'gdal_translate -a_srs EPSG:NNNN'.");
        }

        var directory = Directory.CreateTempSubdirectory("georelief-dem-");
        try
        {
            var raw = Path.Combine(directory.FullName, "dem.bin");
            var arguments = new List<string> { "-q", "-overwrite" };
            if (!string.IsNullOrWhiteSpace(sourceCrs))
            {
                arguments.AddRange(["-s_srs", sourceCrs]);
            }

            arguments.AddRange(["-t_srs", "EPSG:4490", "-r", "bilinear", "-ot", "Float32", "-dstnodata", NoData.ToString(CultureInfo.InvariantCulture), "-of", "ENVI", path, raw]);
            var (exitCode, _, errors) = await GdalTool.RunAsync(GdalWarp, arguments, cancellationToken);
            if (exitCode != 0 || !File.Exists(raw))
            {
                throw new DemImportException($"GDAL could not reproject {fileName} to EPSG:4490: {Tail(errors)}");
            }

            var warped = await InfoAsync(raw, cancellationToken);
            if (warped.GeoTransform is not { } g || g[2] != 0 || g[4] != 0 || g[5] >= 0)
            {
                throw new DemImportException($"GDAL's reprojection of {fileName} is not a north-up grid.");
            }

            var (west, cell, north) = (g[0], g[1], g[3]);
            var (east, south) = (west + (warped.Width * cell), north - (warped.Height * cell));
            var bigEndian = (await File.ReadAllTextAsync(Path.ChangeExtension(raw, ".hdr"), cancellationToken))
                .Split('\n').Any(line => line.Replace(" ", string.Empty, StringComparison.Ordinal).Equals("byteorder=1", StringComparison.Ordinal));

            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            long adminUnits;
            await using (var overlap = new NpgsqlCommand(EmbeddedSql.Read("Terrain/Sql/dem_overlap.sql"), connection, transaction))
            {
                overlap.Parameters.AddWithValue("west", NpgsqlDbType.Double, west);
                overlap.Parameters.AddWithValue("south", NpgsqlDbType.Double, south);
                overlap.Parameters.AddWithValue("east", NpgsqlDbType.Double, east);
                overlap.Parameters.AddWithValue("north", NpgsqlDbType.Double, north);
                adminUnits = (long)(await overlap.ExecuteScalarAsync(cancellationToken))!;
            }

            if (adminUnits == 0)
            {
                throw new DemImportException(string.Create(CultureInfo.InvariantCulture,
                    $"{fileName} does not overlap any administrative unit: in EPSG:4490 it covers {west:0.####}…{east:0.####}°E, {south:0.####}…{north:0.####}°N. ")
                    + "Check its coordinate system (--crs) or load the administrative units first.");
            }

            int replaced;
            await using (var delete = new NpgsqlCommand(EmbeddedSql.Read("Terrain/Sql/dem_delete.sql"), connection, transaction))
            {
                replaced = await delete.ExecuteNonQueryAsync(cancellationToken);
            }

            var (tiles, minimum, maximum) = await InsertTilesAsync(connection, transaction, raw, bigEndian, warped.Width, warped.Height, west, north, cell, name, cancellationToken);
            if (tiles == 0)
            {
                throw new DemImportException($"{fileName} holds no elevation value (every cell is no data).");
            }

            if (dryRun)
            {
                await transaction.RollbackAsync(cancellationToken);
            }
            else
            {
                await transaction.CommitAsync(cancellationToken);
            }

            return new DemImportResult(name, source.CrsName ?? sourceCrs ?? string.Empty, warped.Width, warped.Height, cell, west, south, east, north, tiles, replaced, adminUnits, minimum, maximum);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static async Task<(int Tiles, double Minimum, double Maximum)> InsertTilesAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string raw, bool bigEndian, int width, int height,
        double west, double north, double cell, string name, CancellationToken cancellationToken)
    {
        var tiles = 0;
        var (minimum, maximum) = (double.PositiveInfinity, double.NegativeInfinity);
        var band = new float[TileSize * width];
        var bytes = new byte[TileSize * width * 4];
        await using var stream = File.OpenRead(raw);
        for (var top = 0; top < height; top += TileSize)
        {
            // One strip of tiles at a time: memory stays at 256 rows however large the DEM.
            var rows = Math.Min(TileSize, height - top);
            await stream.ReadExactlyAsync(bytes.AsMemory(0, rows * width * 4), cancellationToken);
            for (var i = 0; i < rows * width; i++)
            {
                var span = bytes.AsSpan(i * 4, 4);
                band[i] = bigEndian ? BinaryPrimitives.ReadSingleBigEndian(span) : BinaryPrimitives.ReadSingleLittleEndian(span);
            }

            for (var left = 0; left < width; left += TileSize)
            {
                var columns = Math.Min(TileSize, width - left);
                var cells = new float[rows * columns];
                var any = false;
                for (var row = 0; row < rows; row++)
                {
                    for (var column = 0; column < columns; column++)
                    {
                        var value = band[(row * width) + left + column];
                        if (float.IsNaN(value))
                        {
                            value = NoData;
                        }

                        cells[(row * columns) + column] = value;
                        if (value != NoData)
                        {
                            any = true;
                            minimum = Math.Min(minimum, value);
                            maximum = Math.Max(maximum, value);
                        }
                    }
                }

                if (!any)
                {
                    continue;
                }

                await using var insert = new NpgsqlCommand(EmbeddedSql.Read("Terrain/Sql/dem_insert_tile.sql"), connection, transaction) { CommandTimeout = 0 };
                insert.Parameters.AddWithValue("name", NpgsqlDbType.Text, name);
                insert.Parameters.AddWithValue("wkb", NpgsqlDbType.Bytea,
                    DemTileWkb.Write(cells, columns, rows, west + (left * cell), north - (top * cell), cell, Srid, NoData));
                await insert.ExecuteNonQueryAsync(cancellationToken);
                tiles++;
            }
        }

        return (tiles, minimum, maximum);
    }

    private async Task<RasterInfo> InfoAsync(string path, CancellationToken cancellationToken)
    {
        var (exitCode, output, errors) = await GdalTool.RunAsync(GdalInfo, ["-json", path], cancellationToken);
        if (exitCode != 0)
        {
            throw new DemImportException(
                $"{Path.GetFileName(path)} is not a raster GDAL can read (an elevation GeoTIFF is expected): {Tail(errors)}");
        }

        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        var size = root.GetProperty("size");
        var bands = root.TryGetProperty("bands", out var b) ? b.GetArrayLength() : 0;
        double[]? geoTransform = root.TryGetProperty("geoTransform", out var t) ? t.EnumerateArray().Select(e => e.GetDouble()).ToArray() : null;
        string? wkt = null, crsName = null;
        if (root.TryGetProperty("coordinateSystem", out var crs) && crs.ValueKind == JsonValueKind.Object && crs.TryGetProperty("wkt", out var w))
        {
            wkt = w.GetString();
            crsName = wkt is { Length: > 0 } ? CrsName(wkt) : null;
        }

        return new RasterInfo(size[0].GetInt32(), size[1].GetInt32(), bands, geoTransform, wkt, crsName);
    }

    // The first quoted name of a WKT2 definition, e.g. "WGS 84 / UTM zone 49N".
    private static string CrsName(string wkt)
    {
        var open = wkt.IndexOf('"', StringComparison.Ordinal);
        var close = open < 0 ? -1 : wkt.IndexOf('"', open + 1);
        return close > open ? wkt[(open + 1)..close] : wkt;
    }

    private static string Tail(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length <= 400 ? trimmed : trimmed[^400..];
    }

    private sealed record RasterInfo(int Width, int Height, int Bands, double[]? GeoTransform, string? Wkt, string? CrsName);
}
