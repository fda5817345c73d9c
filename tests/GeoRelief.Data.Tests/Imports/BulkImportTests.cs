using System.Globalization;
using System.Text;
using GeoRelief.Data.Imports;
using GeoRelief.Data.Layers;

namespace GeoRelief.Data.Tests.Imports;

/// <summary>The paths an import takes for speed give the answers of the plain ones.</summary>
public sealed class BulkImportTests(ImportDatabase db) : IClassFixture<ImportDatabase>
{
    private const string ListIndexes = """
        SELECT string_agg(indexname || ': ' || indexdef, E'\n' ORDER BY indexname)
          FROM pg_indexes WHERE schemaname = 'georelief' AND tablename = 'natural_village'
        """;

    [DatabaseFact]
    public async Task Bulk_linkage_puts_every_point_where_locate_village_does_boundary_vertices_included()
    {
        // Every vertex of the sample's villages of one county: most lie on a boundary that two or three villages share.
        var csv = new StringBuilder("id,name,households,population,lon,lat\n");
        await using (var command = db.DataSource.CreateCommand("""
            SELECT DISTINCT ST_X(d.geom), ST_Y(d.geom)
              FROM georelief.admin_unit AS a
             CROSS JOIN LATERAL ST_DumpPoints(a.geom) AS d
             WHERE a.level = 5 AND a.code LIKE '522628%'
             ORDER BY 1, 2
            """))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            var n = 0;
            while (await reader.ReadAsync())
            {
                csv.Append(CultureInfo.InvariantCulture, $"edge-{n++},顶点,1,1,{reader.GetDouble(0):R},{reader.GetDouble(1):R}\n");
            }
        }

        var report = await db.ImportAsync(db.WriteFile("vertices.csv", Encoding.UTF8.GetBytes(csv.ToString())), LayerCatalog.NaturalVillages);

        ImportAssert.Committed(report);
        Assert.True(report.Inserted > 1000, $"{report.Inserted} vertices imported");
        // The ties are there: points that intersect two villages or more.
        Assert.True(await db.ScalarAsync<long>("""
            SELECT count(*) FROM georelief.natural_village AS n
             WHERE n.id LIKE 'edge-%'
               AND (SELECT count(*) FROM georelief.admin_unit AS a WHERE a.level = 5 AND ST_Intersects(a.geom, n.geom)) > 1
            """) > 100);
        Assert.Equal(0L, await db.ScalarAsync<long>("""
            SELECT count(*) FROM georelief.natural_village AS n
              LEFT JOIN LATERAL georelief.locate_village(n.geom) AS l ON true
             WHERE n.id LIKE 'edge-%'
               AND (n.village_code, n.township_code) IS DISTINCT FROM (l.village_code, l.township_code)
            """));
    }

    [DatabaseFact]
    public async Task A_bulk_insert_builds_the_layers_indexes_again_as_they_were_and_a_reimport_changes_nothing()
    {
        await using (var clear = db.DataSource.CreateCommand("DELETE FROM georelief.natural_village"))
        {
            await clear.ExecuteNonQueryAsync();
        }

        var indexesBefore = await db.ScalarAsync<string>(ListIndexes);
        var points = await db.VillagePointsAsync("522628", 50);
        var csv = new StringBuilder("id,name,households,population,lon,lat\n");
        for (var i = 0; i < 500; i++)
        {
            var p = points[i % points.Count];
            csv.Append(CultureInfo.InvariantCulture, $"bulk-{i:D4},组{i},{i % 90},{i % 90 * 4},{p.Lon + (i * 1e-6):R},{p.Lat:R}\n");
        }

        var path = db.WriteFile("bulk.csv", Encoding.UTF8.GetBytes(csv.ToString()));
        var logger = new RecordingLogger<FeatureImporter>();
        var importer = new FeatureImporter(db.DataSource, db.Database.ConnectionString, logger) { BulkInsertRows = 100 };

        var report = await importer.ImportAsync(new ImportRequest(path, "bulk.csv", LayerCatalog.NaturalVillages), CancellationToken.None);

        ImportAssert.Committed(report);
        Assert.Equal(500, report.Inserted);
        Assert.Contains(logger.Messages, m => m.Contains("build the layer's indexes again", StringComparison.Ordinal));
        Assert.Equal(indexesBefore, await db.ScalarAsync<string>(ListIndexes));
        Assert.Equal(500L, await db.ScalarAsync<long>("SELECT count(*) FROM georelief.natural_village WHERE village_code IS NOT NULL AND township_code IS NOT NULL"));
        Assert.Equal(500L, await db.ScalarAsync<long>("SELECT count(*) FROM georelief.import_raw_position WHERE layer_table = 'natural_village' AND feature_id LIKE 'bulk-%'"));

        var fingerprint = await db.FingerprintAsync();
        var again = await importer.ImportAsync(new ImportRequest(path, "bulk.csv", LayerCatalog.NaturalVillages), CancellationToken.None);
        Assert.Equal((0L, 0L, 500L), (again.Inserted, again.Updated, again.Unchanged));
        Assert.Equal(fingerprint, await db.FingerprintAsync());
    }
}
