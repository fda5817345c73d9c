using System.Globalization;
using System.Text;
using GeoRelief.Core.Coordinates;
using GeoRelief.Core.Imports;
using GeoRelief.Data.Layers;

namespace GeoRelief.Data.Tests.Imports;

public sealed class GeoJsonImportTests(ImportDatabase db) : IClassFixture<ImportDatabase>
{
    [DatabaseFact]
    public async Task Villages_picked_on_AMap_in_GCJ02_land_on_their_CGCS2000_position_and_village()
    {
        var points = await db.VillagePointsAsync("522628", 4);
        var features = points.Select((p, i) =>
        {
            var gcj = Gcj02.FromCgcs2000(new LonLat(p.Lon, p.Lat));
            return Feature($"amap-{i}", $"高德组{i}", gcj.Lon, gcj.Lat, p.Village);
        });
        var path = db.WriteFile("amap.geojson", Encoding.UTF8.GetBytes(Collection(features)));

        var report = await db.ImportAsync(path, LayerCatalog.NaturalVillages, crs: "GCJ-02");

        ImportAssert.Committed(report);
        Assert.Equal("GCJ-02", report.Crs);
        for (var i = 0; i < points.Count; i++)
        {
            Assert.Equal(points[i].Lon, await db.ScalarAsync<double>("SELECT ST_X(geom) FROM georelief.natural_village WHERE id = $1", $"amap-{i}"), 1e-9);
            Assert.Equal(points[i].Lat, await db.ScalarAsync<double>("SELECT ST_Y(geom) FROM georelief.natural_village WHERE id = $1", $"amap-{i}"), 1e-9);
            Assert.Equal(points[i].Township, await db.ScalarAsync<string>("SELECT township_code FROM georelief.natural_village WHERE id = $1", $"amap-{i}"));
        }

        Assert.Equal("GCJ-02", await db.ScalarAsync<string>("SELECT raw_crs FROM georelief.import_raw_position WHERE feature_id = 'amap-0'"));
    }

    [DatabaseFact]
    public async Task Published_GCJ02_and_BD09_city_points_import_to_their_published_WGS84_position()
    {
        // hujiulong/gcoord test/fixtures/china-cities.json (see the Core coordinate tests): 铜仁市 and 毕节市 as WGS84,
        // GCJ-02 and BD-09; gcoord's own tolerance for these conversions is 5e-5°. Each gets a small test village.
        await AddTestVillageAsync("520602", "520602001", "520602001201", 109.1850122, 27.7347803);
        await AddTestVillageAsync("520502", "520502001", "520502001201", 105.2884121, 27.2873271);
        var gcj = db.WriteFile("published-gcj.geojson", Encoding.UTF8.GetBytes(Collection([Feature("pub-gcj", "铜仁", 109.1896029, 27.7315202, null)])));
        var bd = db.WriteFile("published-bd.geojson", Encoding.UTF8.GetBytes(Collection([Feature("pub-bd", "毕节", 105.2982343, 27.2896767, null)])));

        ImportAssert.Committed(await db.ImportAsync(gcj, LayerCatalog.NaturalVillages, crs: "GCJ-02"));
        ImportAssert.Committed(await db.ImportAsync(bd, LayerCatalog.NaturalVillages, crs: "BD-09"));

        Assert.Equal(109.1850122, await db.ScalarAsync<double>("SELECT ST_X(geom) FROM georelief.natural_village WHERE id = 'pub-gcj'"), 5e-5);
        Assert.Equal(27.7347803, await db.ScalarAsync<double>("SELECT ST_Y(geom) FROM georelief.natural_village WHERE id = 'pub-gcj'"), 5e-5);
        Assert.Equal(105.2884121, await db.ScalarAsync<double>("SELECT ST_X(geom) FROM georelief.natural_village WHERE id = 'pub-bd'"), 5e-5);
        Assert.Equal(27.2873271, await db.ScalarAsync<double>("SELECT ST_Y(geom) FROM georelief.natural_village WHERE id = 'pub-bd'"), 5e-5);
        Assert.Equal("520502001201", await db.ScalarAsync<string>("SELECT village_code FROM georelief.natural_village WHERE id = 'pub-bd'"));
    }

    [DatabaseFact]
    public async Task A_legacy_crs_member_naming_a_Gauss_Kruger_zone_is_honoured()
    {
        var p = (await db.VillagePointsAsync("522628", 1))[0];
        var gk = CrsTransformOp.Transform(new CrsPoint(p.Lon, p.Lat), CrsTransformParameters.Parse("EPSG:4490", "EPSG:4524"));
        var json = Collection([Feature("gk-1", "高斯组", gk.X, gk.Y, null)]).Replace(
            "\"features\"", "\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"urn:ogc:def:crs:EPSG::4524\"}},\"features\"", StringComparison.Ordinal);

        var report = await db.ImportAsync(db.WriteFile("gk.geojson", Encoding.UTF8.GetBytes(json)), LayerCatalog.NaturalVillages);

        ImportAssert.Committed(report);
        Assert.Equal("EPSG:4524", report.Crs);
        Assert.Equal(p.Village, await db.ScalarAsync<string>("SELECT village_code FROM georelief.natural_village WHERE id = 'gk-1'"));
        Assert.Equal(p.Lon, await db.ScalarAsync<double>("SELECT ST_X(geom) FROM georelief.natural_village WHERE id = 'gk-1'"), 1e-8);
    }

    [DatabaseFact]
    public async Task A_file_larger_than_the_read_buffer_streams_feature_by_feature()
    {
        var p = (await db.VillagePointsAsync("152223", 1))[0];
        var features = Enumerable.Range(0, 3000).Select(i => Feature($"stream-{i}", $"流式组{i}", p.Lon + (i % 7 * 1e-6), p.Lat, p.Village));
        var path = db.WriteFile("stream.geojson", Encoding.UTF8.GetBytes(Collection(features)));
        Assert.True(new FileInfo(path).Length > 4 * 65536);

        var report = await db.ImportAsync(path, LayerCatalog.NaturalVillages);

        ImportAssert.Committed(report);
        Assert.Equal(3000L, report.Inserted);
        Assert.Equal("流式组2999", await db.ScalarAsync<string>("SELECT name FROM georelief.natural_village WHERE id = 'stream-2999'"));
    }

    [DatabaseFact]
    public async Task A_self_intersecting_zone_is_refused_and_with_make_valid_repaired_with_a_report_line()
    {
        var p = (await db.VillagePointsAsync("522628", 1))[0];
        FormattableString bowTie = $"[[[{p.Lon - 0.01},{p.Lat - 0.01}],[{p.Lon + 0.01},{p.Lat + 0.01}],[{p.Lon + 0.01},{p.Lat - 0.01}],[{p.Lon - 0.01},{p.Lat + 0.01}],[{p.Lon - 0.01},{p.Lat - 0.01}]]]";
        var json = "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"id\":\"bowtie\",\"name\":\"蝶形\",\"kind\":\"geohazard\",\"risk_level\":\"high\"},"
            + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":" + FormattableString.Invariant(bowTie) + "}}]}";
        var path = db.WriteFile("bowtie.geojson", Encoding.UTF8.GetBytes(json));

        var refused = await db.ImportAsync(path, LayerCatalog.ConstraintZones);
        var repaired = await db.ImportAsync(path, LayerCatalog.ConstraintZones, makeValid: true);

        Assert.Equal(ImportStatus.Rejected, refused.Status);
        Assert.Contains("--make-valid", ImportAssert.Problem(refused, ImportProblemCodes.InvalidGeometry).Hint, StringComparison.Ordinal);
        ImportAssert.Committed(repaired);
        var line = ImportAssert.Problem(repaired, ImportProblemCodes.RepairedGeometry);
        Assert.Contains("ST_MakeValid", line.Message, StringComparison.Ordinal);
        Assert.Contains("MULTIPOLYGON", line.Message, StringComparison.Ordinal);
        Assert.True(await db.ScalarAsync<bool>("SELECT ST_IsValid(geom) AND ST_NumGeometries(geom) = 2 FROM georelief.constraint_zone WHERE id = 'bowtie'"));
    }

    [DatabaseFact]
    public async Task A_line_in_a_point_layer_is_the_wrong_geometry_type()
    {
        var p = (await db.VillagePointsAsync("522628", 1))[0];
        var json = "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"id\":\"line\",\"name\":\"线\",\"households\":3,\"population\":9},"
            + FormattableString.Invariant($"\"geometry\":{{\"type\":\"LineString\",\"coordinates\":[[{p.Lon},{p.Lat}],[{p.Lon + 0.001},{p.Lat}]]}}}}]}}");

        var report = await db.ImportAsync(db.WriteFile("line.geojson", Encoding.UTF8.GetBytes(json)), LayerCatalog.NaturalVillages);

        Assert.Equal(ImportStatus.Rejected, report.Status);
        Assert.Contains("LINESTRING", ImportAssert.Problem(report, ImportProblemCodes.WrongGeometryType).Message, StringComparison.Ordinal);
    }

    [DatabaseFact]
    public async Task A_one_part_multipoint_among_points_is_stored_as_a_point()
    {
        var p = (await db.VillagePointsAsync("522628", 1))[0];
        var multi = "{\"type\":\"Feature\",\"properties\":{\"id\":\"multi\",\"name\":\"多点\",\"households\":3,\"population\":9},"
            + FormattableString.Invariant($"\"geometry\":{{\"type\":\"MultiPoint\",\"coordinates\":[[{p.Lon},{p.Lat}]]}}}}");
        var json = Collection([Feature("plain", "单点", p.Lon, p.Lat, null), multi]);

        var report = await db.ImportAsync(db.WriteFile("multipoint.geojson", Encoding.UTF8.GetBytes(json)), LayerCatalog.NaturalVillages);

        ImportAssert.Committed(report);
        Assert.Equal("ST_Point", await db.ScalarAsync<string>("SELECT ST_GeometryType(geom) FROM georelief.natural_village WHERE id = 'multi'"));
    }

    internal static string Feature(string id, string name, double lon, double lat, string? village) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{{\"type\":\"Feature\",\"id\":\"{id}\",\"properties\":{{\"name\":\"{name}\",\"户数\":42,\"人口\":170{(village is null ? string.Empty : $",\"village_code\":\"{village}\"")}}},\"geometry\":{{\"type\":\"Point\",\"coordinates\":[{lon:R},{lat:R}]}}}}");

    internal static string Collection(IEnumerable<string> features) =>
        "{\"type\":\"FeatureCollection\",\"features\":[\n" + string.Join(",\n", features) + "\n]}\n";

    private async Task AddTestVillageAsync(string county, string township, string village, double lon, double lat)
    {
        await using var command = db.DataSource.CreateCommand("""
            INSERT INTO georelief.admin_unit (code, level, parent_code, name, code_year, geom)
            SELECT v.code, v.level, v.parent, v.name, 2023, ST_Multi(ST_Expand(ST_SetSRID(ST_MakePoint($4, $5), 4490), 0.05))
              FROM (VALUES (left($1, 4), 2, '52', '测试市'), ($1, 3, left($1, 4), '测试县'), ($2, 4, $1, '测试镇'), ($3, 5, $2, '测试村')) AS v (code, level, parent, name)
            ON CONFLICT (code) DO NOTHING
            """);
        foreach (var value in new object[] { county, township, village, lon, lat })
        {
            command.Parameters.Add(new Npgsql.NpgsqlParameter { Value = value });
        }

        await command.ExecuteNonQueryAsync();
    }
}
