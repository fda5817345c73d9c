using System.Diagnostics;
using System.Globalization;
using System.Text;
using GeoRelief.Data.Terrain;
using GeoRelief.Data.Tests.Siting;
using Npgsql;

namespace GeoRelief.Data.Tests.Terrain;

/// <summary>
/// Real GeoTIFFs made by gdal_translate: a plane in UTM zone 49N (EPSG:32649, metres) around the hand-made county of
/// <see cref="SitingFixture"/>, whose own DEM (a 10° plane named 'plane') is the one an import replaces or keeps.
/// </summary>
public sealed class DemImporterTests : IDisposable
{
    // elevation = 300 m + 0.01 × (metres east of the grid's west edge) + 0.02 × (metres north of its south edge)
    private const double Base = 300, East = 0.01, North = 0.02;
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("georelief-dem-test-");

    public void Dispose() => _directory.Delete(recursive: true);

    [DatabaseFact]
    public async Task A_utm_geotiff_is_reprojected_to_4490_tiled_and_its_elevations_round_trip()
    {
        await using var db = await TestDatabase.CreateAsync(migrate: true);
        await SitingFixture.LoadAsync(db.DataSource);
        var (west, south) = await UtmCornerAsync(db.DataSource, 108.99, 26.49);
        var tif = await GeoTiffAsync("plane.tif", west, south, columns: 700, rows: 700, cell: 10, srs: "EPSG:32649");

        var result = await new DemImporter(db.DataSource).ImportAsync(tif, "plane.tif", null, dryRun: false, CancellationToken.None);

        Assert.Equal("WGS 84 / UTM zone 49N", result.SourceCrs);
        Assert.Equal(1, result.ReplacedTiles);
        Assert.True(result.Tiles > 1, "a 700 × 700 grid of 10 m cells needs several 256² tiles");
        Assert.Equal(result.Tiles, await ScalarAsync<long>(db.DataSource, "SELECT count(*) FROM georelief.dem WHERE name = 'plane.tif'"));
        Assert.Equal(0L, await ScalarAsync<long>(db.DataSource, "SELECT count(*) FROM georelief.dem WHERE name <> 'plane.tif' OR ST_SRID(rast) <> 4490 OR ST_Width(rast) > 256 OR ST_Height(rast) > 256"));
        Assert.True(await ScalarAsync<bool>(db.DataSource, "SELECT bool_and(ST_SameAlignment(rast, (SELECT rast FROM georelief.dem ORDER BY rid LIMIT 1))) FROM georelief.dem"));
        Assert.Equal(1L, result.AdminUnits);

        // Every cell centre inside the county: the stored elevation is the plane's value at that centre in UTM.
        var (worst, cells) = await ScalarAsync<(double, long)>(db.DataSource, string.Create(CultureInfo.InvariantCulture, $"""
            SELECT max(abs(p.val - ({Base} + {East} * (ST_X(u) - {west}) + {North} * (ST_Y(u) - {south})))), count(*)
            FROM georelief.dem d, ST_PixelAsCentroids(d.rast) p, ST_Transform(p.geom, 32649) u
            WHERE ST_Intersects(p.geom, (SELECT geom FROM georelief.admin_unit WHERE code = '522628'))
            """));
        Assert.True(cells > 10_000, $"only {cells} cells inside the county");
        Assert.True(worst < 0.05, $"an elevation differs from the plane by {worst} m");
        Assert.Equal(Base + (East * 7000) + (North * 7000), result.MaximumElevation, 1.0);
    }

    [DatabaseFact]
    public async Task A_file_that_is_not_a_raster_is_refused_and_the_old_dem_stays()
    {
        await using var db = await TestDatabase.CreateAsync(migrate: true);
        await SitingFixture.LoadAsync(db.DataSource);
        var text = Path.Combine(_directory.FullName, "heights.tif");
        await File.WriteAllTextAsync(text, "this is not a GeoTIFF");

        var e = await Assert.ThrowsAsync<DemImportException>(() => new DemImporter(db.DataSource).ImportAsync(text, "heights.tif", null, false, CancellationToken.None));

        Assert.Contains("is not a raster GDAL can read", e.Message, StringComparison.Ordinal);
        await AssertOldDemAsync(db.DataSource);
    }

    [DatabaseFact]
    public async Task A_raster_without_a_coordinate_system_is_refused_unless_one_is_given()
    {
        await using var db = await TestDatabase.CreateAsync(migrate: true);
        await SitingFixture.LoadAsync(db.DataSource);
        var (west, south) = await UtmCornerAsync(db.DataSource, 108.99, 26.49);
        var tif = await GeoTiffAsync("nocrs.tif", west, south, columns: 100, rows: 100, cell: 70, srs: null);

        var e = await Assert.ThrowsAsync<DemImportException>(() => new DemImporter(db.DataSource).ImportAsync(tif, "nocrs.tif", null, false, CancellationToken.None));

        Assert.Contains("has no coordinate system", e.Message, StringComparison.Ordinal);
        Assert.Contains("--crs", e.Message, StringComparison.Ordinal);
        await AssertOldDemAsync(db.DataSource);

        var given = await new DemImporter(db.DataSource).ImportAsync(tif, "nocrs.tif", "EPSG:32649", false, CancellationToken.None);

        Assert.Equal(1, given.ReplacedTiles);
        Assert.Equal(0L, await ScalarAsync<long>(db.DataSource, "SELECT count(*) FROM georelief.dem WHERE name = 'plane'"));
    }

    [DatabaseFact]
    public async Task A_raster_beside_the_administrative_units_is_refused_and_a_dry_run_writes_nothing()
    {
        await using var db = await TestDatabase.CreateAsync(migrate: true);
        await SitingFixture.LoadAsync(db.DataSource);
        var (west, south) = await UtmCornerAsync(db.DataSource, 108.99, 26.49);
        var beside = await GeoTiffAsync("beside.tif", west + 50_000, south, columns: 100, rows: 100, cell: 70, srs: "EPSG:32649");
        var inside = await GeoTiffAsync("inside.tif", west, south, columns: 100, rows: 100, cell: 70, srs: "EPSG:32649");
        var importer = new DemImporter(db.DataSource);

        var e = await Assert.ThrowsAsync<DemImportException>(() => importer.ImportAsync(beside, "beside.tif", null, false, CancellationToken.None));
        var dryRun = await importer.ImportAsync(inside, "inside.tif", null, dryRun: true, CancellationToken.None);

        Assert.Contains("does not overlap any administrative unit", e.Message, StringComparison.Ordinal);
        Assert.Equal(1, dryRun.ReplacedTiles);
        Assert.Equal(1, dryRun.Tiles);
        await AssertOldDemAsync(db.DataSource);
    }

    private static async Task AssertOldDemAsync(NpgsqlDataSource dataSource) =>
        Assert.Equal("plane:1:90000", await ScalarAsync<string>(dataSource,
            "SELECT string_agg(name || ':' || count || ':' || cells, ',') FROM (SELECT name, count(*) AS count, sum(ST_Count(rast)) AS cells FROM georelief.dem GROUP BY name) x"));

    private static async Task<(double West, double South)> UtmCornerAsync(NpgsqlDataSource dataSource, double longitude, double latitude)
    {
        await using var command = dataSource.CreateCommand("SELECT ST_X(p), ST_Y(p) FROM ST_Transform(ST_SetSRID(ST_Point($1, $2), 4490), 32649) p");
        command.Parameters.AddWithValue(longitude);
        command.Parameters.AddWithValue(latitude);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (Math.Floor(reader.GetDouble(0)), Math.Floor(reader.GetDouble(1)));
    }

    // An ESRI ASCII grid of the plane, turned into a GeoTIFF by gdal_translate (with -a_srs when srs is given).
    private async Task<string> GeoTiffAsync(string name, double west, double south, int columns, int rows, double cell, string? srs)
    {
        var c = CultureInfo.InvariantCulture;
        var grid = new StringBuilder();
        grid.AppendLine(c, $"ncols {columns}").AppendLine(c, $"nrows {rows}").AppendLine(c, $"xllcorner {west}").AppendLine(c, $"yllcorner {south}").AppendLine(c, $"cellsize {cell}");
        for (var row = 0; row < rows; row++)
        {
            var y = (rows - row - 0.5) * cell;
            grid.AppendJoin(' ', Enumerable.Range(0, columns).Select(column => (Base + (East * (column + 0.5) * cell) + (North * y)).ToString("0.####", c))).AppendLine();
        }

        var asc = Path.Combine(_directory.FullName, Path.ChangeExtension(name, ".asc"));
        await File.WriteAllTextAsync(asc, grid.ToString());
        var tif = Path.Combine(_directory.FullName, name);
        var start = new ProcessStartInfo("gdal_translate") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in (srs is null ? ["-q", "-ot", "Float32"] : new[] { "-q", "-ot", "Float32", "-a_srs", srs }).Append(asc).Append(tif))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"gdal_translate failed: {errors}");
        return tif;
    }

    private static async Task<T> ScalarAsync<T>(NpgsqlDataSource dataSource, string sql)
    {
        await using var command = dataSource.CreateCommand(sql);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        if (typeof(T) == typeof((double, long)))
        {
            return (T)(object)(reader.GetDouble(0), reader.GetInt64(1));
        }

        return reader.GetFieldValue<T>(0);
    }
}
