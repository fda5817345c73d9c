using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using GeoRelief.Core.Imports;
using GeoRelief.Data.Imports;
using GeoRelief.Data.Imports.Internal;
using GeoRelief.Data.Layers;
using Npgsql;

namespace GeoRelief.Data.Tests.Imports;

/// <summary>The paths an import takes for speed give the answers of the plain ones.</summary>
public sealed class BulkImportTests(ImportDatabase db) : IClassFixture<ImportDatabase>
{
    private const string ListIndexes = """
        SELECT string_agg(indexname || ': ' || indexdef, E'\n' ORDER BY indexname)
          FROM pg_indexes WHERE schemaname = 'georelief' AND tablename = 'natural_village'
        """;

    /// <summary>The natural villages' primary key and the foreign keys that reference it, with their definitions.</summary>
    private const string ListKeys = """
        SELECT string_agg(conrelid::regclass::text || '.' || conname || ': ' || pg_get_constraintdef(oid) || ' ' || convalidated, E'\n'
                          ORDER BY conrelid::regclass::text, conname)
          FROM pg_constraint
         WHERE (contype = 'p' AND conrelid = 'georelief.natural_village'::regclass)
            OR (contype = 'f' AND confrelid = 'georelief.natural_village'::regclass)
        """;

    /// <summary>The natural villages' triggers and whether each is enabled (a bulk insert turns change capture off for a while).</summary>
    private const string ListTriggers = """
        SELECT string_agg(tgname || ' ' || tgenabled::text, E'\n' ORDER BY tgname)
          FROM pg_trigger WHERE tgrelid = 'georelief.natural_village'::regclass AND NOT tgisinternal
        """;

    [DatabaseTheory]
    [InlineData(null)]   // the grid the villages' sizes give (0.01°)
    [InlineData("1")]    // coarser grids: more points per cell, the same answer
    [InlineData("0.01")]
    public async Task Bulk_linkage_puts_every_point_where_locate_village_does_boundary_vertices_included(string? cellsPerDegree)
    {
        var prefix = "edge" + (cellsPerDegree ?? "auto") + "-";
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
                csv.Append(CultureInfo.InvariantCulture, $"{prefix}{n++},顶点,1,1,{reader.GetDouble(0):R},{reader.GetDouble(1):R}\n");
            }
        }

        var path = db.WriteFile(prefix + "vertices.csv", Encoding.UTF8.GetBytes(csv.ToString()));
        var importer = new FeatureImporter(db.DataSource, db.Database.ConnectionString) { LinkageCellsPerDegree = cellsPerDegree };
        var report = await importer.ImportAsync(new ImportRequest(path, "vertices.csv", LayerCatalog.NaturalVillages), CancellationToken.None);

        ImportAssert.Committed(report);
        Assert.True(report.Inserted > 1000, $"{report.Inserted} vertices imported");
        // The ties are there: points that intersect two villages or more.
        Assert.True(await db.ScalarAsync<long>("""
            SELECT count(*) FROM georelief.natural_village AS n
             WHERE starts_with(n.id, $1)
               AND (SELECT count(*) FROM georelief.admin_unit AS a WHERE a.level = 5 AND ST_Intersects(a.geom, n.geom)) > 1
            """, prefix) > 100);
        Assert.Equal(0L, await PlacedElsewhereThanLocateVillageAsync(prefix));
    }

    [DatabaseFact]
    public async Task Points_the_reader_places_itself_go_where_locate_village_puts_them_near_boundaries_included()
    {
        // Random points inside the villages of both sample counties, and points a hair (1e-10°) to a metre (1e-5°) off
        // every fifth vertex of their boundaries, either way: the reader places the first kind itself and must leave
        // every point it cannot be sure of to PostGIS.
        var csv = new StringBuilder("id,name,households,population,lon,lat\n");
        var interior = 0;
        await using (var command = db.DataSource.CreateCommand("""
            WITH village AS (SELECT geom FROM georelief.admin_unit WHERE level = 5 AND geom IS NOT NULL),
                 point AS (SELECT true AS interior, (ST_Dump(ST_GeneratePoints(v.geom, 20, 7))).geom AS p FROM village AS v
                           UNION ALL
                           SELECT false, ST_Translate(d.geom, o.dx, o.dy)
                             FROM village AS v
                            CROSS JOIN LATERAL ST_DumpPoints(v.geom) AS d
                            CROSS JOIN (VALUES (1e-10, 0.0), (-1e-10, 0.0), (0.0, 1e-10), (0.0, -1e-10), (3e-9, 3e-9),
                                               (-3e-9, -3e-9), (1e-7, 0.0), (0.0, -1e-7), (1e-5, 1e-5), (-1e-5, 0.0)) AS o (dx, dy)
                            WHERE d.path[3] % 5 = 0)
            SELECT interior, ST_X(p), ST_Y(p) FROM point AS t
             WHERE EXISTS (SELECT 1 FROM georelief.admin_unit AS a WHERE a.level = 5 AND ST_Intersects(a.geom, t.p))
            """))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            var n = 0;
            while (await reader.ReadAsync())
            {
                interior += reader.GetBoolean(0) ? 1 : 0;
                csv.Append(CultureInfo.InvariantCulture, $"placed-{n++},点,1,1,{reader.GetDouble(1):R},{reader.GetDouble(2):R}\n");
            }
        }

        var path = db.WriteFile("placed.csv", Encoding.UTF8.GetBytes(csv.ToString()));
        var logger = new RecordingLogger<FeatureImporter>();
        var importer = new FeatureImporter(db.DataSource, db.Database.ConnectionString, logger) { PreLocateAfterRows = 0 };
        var report = await importer.ImportAsync(new ImportRequest(path, "placed.csv", LayerCatalog.NaturalVillages), CancellationToken.None);

        ImportAssert.Committed(report);
        var placed = logger.Messages.Select(m => Regex.Match(m, @"\((\d+) points placed by the reader\)")).Single(m => m.Success).Groups[1].Value;
        Assert.InRange(long.Parse(placed, CultureInfo.InvariantCulture), interior * 3L / 4, interior);
        Assert.True(report.Inserted > 2 * interior, $"{report.Inserted} rows for {interior} interior points");
        Assert.Equal(0L, await PlacedElsewhereThanLocateVillageAsync("placed-"));
    }

    [DatabaseFact]
    public async Task When_the_reader_cannot_read_the_village_boundaries_PostGIS_places_every_point_and_a_warning_says_why()
    {
        var points = await db.VillagePointsAsync("522628", 20);
        var path = WriteVillagesCsv("nomap", 40, points);
        // The map is read through a data source whose password is wrong: the server refuses it.
        var broken = new NpgsqlConnectionStringBuilder(db.Database.ConnectionString) { Password = "not-the-password" };
        await using var brokenSource = NpgsqlDataSource.Create(broken.ConnectionString);
        var logger = new RecordingLogger<FeatureImporter>();
        var importer = new FeatureImporter(db.DataSource, db.Database.ConnectionString, logger)
        {
            PreLocateAfterRows = 0,
            VillageMapLoader = ct => VillageCellMap.LoadAsync(brokenSource, ct),
        };

        var report = await importer.ImportAsync(new ImportRequest(path, "nomap.csv", LayerCatalog.NaturalVillages), CancellationToken.None);

        ImportAssert.Committed(report);
        Assert.Equal(40, report.Inserted);
        Assert.Contains(logger.Messages, m => m.Contains("could not read the village boundaries", StringComparison.Ordinal) && m.Contains("28P01", StringComparison.Ordinal));
        Assert.DoesNotContain(logger.Messages, m => m.Contains("points placed by the reader", StringComparison.Ordinal));
        Assert.Equal(0L, await PlacedElsewhereThanLocateVillageAsync("nomap-"));
    }

    [DatabaseFact]
    public async Task A_bulk_insert_builds_the_layers_indexes_again_as_they_were_and_a_reimport_changes_nothing()
    {
        var points = await db.VillagePointsAsync("522628", 50);
        // One village with a yearly figure is in the layer before: its key and the foreign key to it go and come back.
        await using (var clear = db.DataSource.CreateCommand("""
            DELETE FROM georelief.natural_village;
            INSERT INTO georelief.natural_village (id, name, households, population, geom)
            VALUES ('kept', '留', 10, 40, ST_SetSRID(ST_MakePoint(@lon, @lat), 4490));
            INSERT INTO georelief.village_year (natural_village_id, year, registered_population, poor_households, poor_population)
            VALUES ('kept', 2024, 40, 2, 8);
            """))
        {
            clear.Parameters.AddWithValue("lon", points[0].Lon);
            clear.Parameters.AddWithValue("lat", points[0].Lat);
            await clear.ExecuteNonQueryAsync();
        }

        var path = WriteVillagesCsv("bulk", 500, points);

        var keysBefore = await BulkImportKeepingKeysAndIndexesAsync(path, 500);

        Assert.Contains("natural_village_pkey: PRIMARY KEY (id) true", keysBefore, StringComparison.Ordinal);
        Assert.Matches(@"village_year_natural_village_id_fkey: FOREIGN KEY \(natural_village_id\) REFERENCES (georelief\.)?natural_village\(id\) ON DELETE CASCADE true", keysBefore);
        Assert.Equal(1L, await db.ScalarAsync<long>("SELECT count(*) FROM georelief.village_year WHERE natural_village_id = 'kept'"));
        Assert.Equal(500L, await db.ScalarAsync<long>("SELECT count(*) FROM georelief.natural_village WHERE village_code IS NOT NULL AND township_code IS NOT NULL AND id <> 'kept'"));
        Assert.Equal(500L, await db.ScalarAsync<long>("SELECT count(*) FROM georelief.import_raw_position WHERE layer_table = 'natural_village' AND feature_id LIKE 'bulk-%'"));

        var fingerprint = await db.FingerprintAsync();
        var again = await db.Importer.ImportAsync(new ImportRequest(path, "bulk.csv", LayerCatalog.NaturalVillages), CancellationToken.None);
        Assert.Equal((0L, 0L, 500L), (again.Inserted, again.Updated, again.Unchanged));
        Assert.Equal(fingerprint, await db.FingerprintAsync());
    }

    [DatabaseFact]
    public async Task A_bulk_insert_that_fails_after_dropping_the_key_and_indexes_leaves_them_and_the_rows_as_they_were()
    {
        var path = WriteVillagesCsv("broken", 300, await db.VillagePointsAsync("522628", 20));
        await using (var clear = db.DataSource.CreateCommand("DELETE FROM georelief.natural_village"))
        {
            await clear.ExecuteNonQueryAsync();
        }

        var indexesBefore = await db.ScalarAsync<string>(ListIndexes);
        var keysBefore = await db.ScalarAsync<string>(ListKeys);
        var triggersBefore = await db.ScalarAsync<string>(ListTriggers);
        var fingerprint = await db.FingerprintAsync();
        // A failure that validation cannot see, in the middle of the insert: after the key and the indexes were dropped.
        await using (var arm = db.DataSource.CreateCommand("""
            CREATE FUNCTION georelief.test_fail_insert() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              IF NEW.id = 'broken-0150' THEN
                RAISE EXCEPTION 'injected failure at % (key present: %)', NEW.id,
                  EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'natural_village_pkey');
              END IF;
              RETURN NEW;
            END $$;
            CREATE TRIGGER test_fail_insert BEFORE INSERT ON georelief.natural_village FOR EACH ROW EXECUTE FUNCTION georelief.test_fail_insert();
            """))
        {
            await arm.ExecuteNonQueryAsync();
        }

        try
        {
            var importer = new FeatureImporter(db.DataSource, db.Database.ConnectionString) { BulkInsertRows = 100 };

            var failure = await Assert.ThrowsAsync<Npgsql.PostgresException>(() =>
                importer.ImportAsync(new ImportRequest(path, "broken.csv", LayerCatalog.NaturalVillages), CancellationToken.None));

            // The failure came while the bulk path had the key dropped.
            Assert.Equal("injected failure at broken-0150 (key present: f)", failure.MessageText);
        }
        finally
        {
            await using var disarm = db.DataSource.CreateCommand(
                "DROP TRIGGER test_fail_insert ON georelief.natural_village; DROP FUNCTION georelief.test_fail_insert()");
            await disarm.ExecuteNonQueryAsync();
        }

        Assert.Equal(indexesBefore, await db.ScalarAsync<string>(ListIndexes));
        Assert.Equal(keysBefore, await db.ScalarAsync<string>(ListKeys));
        Assert.Equal(fingerprint, await db.FingerprintAsync());
        Assert.Equal(0L, await db.ScalarAsync<long>("SELECT count(*) FROM georelief.import_batch WHERE file_name = 'broken.csv'"));
    }

    [DatabaseFact]
    public async Task A_bulk_insert_leaves_the_key_in_place_when_a_view_needs_it_and_still_builds_the_indexes_again()
    {
        var path = WriteVillagesCsv("viewed", 300, await db.VillagePointsAsync("522628", 20));
        await using (var clear = db.DataSource.CreateCommand("DELETE FROM georelief.natural_village"))
        {
            await clear.ExecuteNonQueryAsync();
        }

        // GROUP BY the key with a column that is not grouped: PostgreSQL records that the view depends on the key.
        await using (var view = db.DataSource.CreateCommand(
            "CREATE VIEW georelief.test_key_view AS SELECT v.id, v.name FROM georelief.natural_village AS v GROUP BY v.id"))
        {
            await view.ExecuteNonQueryAsync();
        }

        try
        {
            await BulkImportKeepingKeysAndIndexesAsync(path, 300);

            Assert.Equal(300L, await db.ScalarAsync<long>("SELECT count(*) FROM georelief.test_key_view WHERE id LIKE 'viewed-%'"));
        }
        finally
        {
            await using var drop = db.DataSource.CreateCommand("DROP VIEW georelief.test_key_view");
            await drop.ExecuteNonQueryAsync();
        }
    }

    [DatabaseFact]
    public async Task The_bulk_path_and_the_row_by_row_path_write_the_same_rows_raw_positions_and_report()
    {
        var points = await db.VillagePointsAsync("522628", 40);
        var csv = new StringBuilder("id,name,village_code,households,population,lon,lat\n");
        for (var i = 0; i < 300; i++)
        {
            var p = points[i % points.Count];
            // Every seventh row declares the wrong village: the mismatch report must come out the same on both paths.
            var declared = i % 7 == 0 ? points[(i + 1) % points.Count].Village : p.Village;
            csv.Append(CultureInfo.InvariantCulture, $"same-{i:D3},组{i},{declared},{i % 50},{i % 50 * 3},{p.Lon + (i * 1e-6):R},{p.Lat - (i * 1e-6):R}\n");
        }

        var path = db.WriteFile("same.csv", Encoding.UTF8.GetBytes(csv.ToString()));
        const string Rows = """
            SELECT md5(string_agg(t::text, '|' ORDER BY t.id)) FROM georelief.natural_village AS t WHERE t.id LIKE 'same-%'
            """;
        const string RawPositions = """
            SELECT md5(string_agg(concat_ws(',', feature_id, raw_x, raw_y, raw_crs), '|' ORDER BY feature_id))
              FROM georelief.import_raw_position WHERE layer_table = 'natural_village' AND feature_id LIKE 'same-%'
            """;
        var results = new List<(string Rows, string Raw, string Report)>();
        foreach (var bulkInsertRows in new[] { 100L, long.MaxValue })
        {
            await using (var clear = db.DataSource.CreateCommand("DELETE FROM georelief.natural_village"))
            {
                await clear.ExecuteNonQueryAsync();
            }

            var logger = new RecordingLogger<FeatureImporter>();
            var importer = new FeatureImporter(db.DataSource, db.Database.ConnectionString, logger) { BulkInsertRows = bulkInsertRows };
            var lastChange = await db.ScalarAsync<long>("SELECT coalesce(max(id), 0) FROM georelief.tile_change");
            var report = await importer.ImportAsync(new ImportRequest(path, "same.csv", LayerCatalog.NaturalVillages), CancellationToken.None);

            ImportAssert.Committed(report);
            Assert.Equal(300, report.Inserted);
            Assert.Equal(bulkInsertRows == 100, logger.Messages.Any(m => m.Contains("build the layer's key and indexes again", StringComparison.Ordinal)));
            // The tile cache's change log: the plain insert's boxes, or the bulk insert's one reset of the layer.
            var changes = await db.ScalarAsync<string>("""
                SELECT concat(count(*) FILTER (WHERE new_bbox IS NOT NULL), ' boxes, ', count(*) FILTER (WHERE old_bbox IS NULL AND new_bbox IS NULL), ' resets')
                  FROM georelief.tile_change WHERE layer = 'natural_village' AND id > $1
                """, lastChange);
            Assert.Matches(bulkInsertRows == 100 ? "^0 boxes, 1 resets$" : "^[1-9][0-9]* boxes, 0 resets$", changes);
            var lines = string.Join('\n', report.Problems.Select(p => $"{p.Row} {p.Field} {p.Problem} {p.Message}"));
            results.Add((await db.ScalarAsync<string>(Rows), await db.ScalarAsync<string>(RawPositions), lines));
        }

        Assert.Equal(results[0], results[1]);
        Assert.Equal(43, results[0].Report.Split('\n').Count(l => l.Contains("declared_code_mismatch", StringComparison.Ordinal)));
    }

    [DatabaseFact]
    public async Task A_batch_of_new_keys_only_and_a_batch_with_a_key_present_write_the_same_rows_raw_positions_report_and_quarantine()
    {
        var points = await db.VillagePointsAsync("522628", 30);
        var csv = new StringBuilder("id,name,village_code,households,population,lon,lat\n");
        for (var i = 0; i < 120; i++)
        {
            var p = points[i % points.Count];
            // Every fifth row declares the wrong village (a warning), every 17th an unknown code and every 23rd a negative
            // count (errors: quarantined with --skip-invalid).
            var declared = i % 17 == 3 ? "999999999999" : i % 5 == 0 ? points[(i + 1) % points.Count].Village : p.Village;
            var households = i % 23 == 4 ? -1 : i % 40;
            csv.Append(CultureInfo.InvariantCulture, $"mix-{i:D3},组{i},{declared},{households},{i % 40 * 3},{p.Lon + (i * 1e-6):R},{p.Lat:R}\n");
        }

        var header = csv.ToString()[..csv.ToString().IndexOf('\n', StringComparison.Ordinal)];
        var firstValid = csv.ToString().Split('\n')[2];
        var path = db.WriteFile("mix.csv", Encoding.UTF8.GetBytes(csv.ToString()));
        var present = db.WriteFile("mix-present.csv", Encoding.UTF8.GetBytes(header + "\n" + firstValid + "\n"));
        const string Rows = """
            SELECT md5(string_agg(t::text, '|' ORDER BY t.id)) FROM georelief.natural_village AS t WHERE t.id LIKE 'mix-%'
            """;
        const string RawPositions = """
            SELECT md5(string_agg(concat_ws(',', feature_id, raw_x, raw_y, raw_crs), '|' ORDER BY feature_id))
              FROM georelief.import_raw_position WHERE layer_table = 'natural_village' AND feature_id LIKE 'mix-%'
            """;
        const string Quarantine = "SELECT md5(string_agg(concat_ws(',', row_no, feature_id, data::text), '|' ORDER BY row_no)) FROM georelief.import_reject WHERE batch_id = $1";
        var results = new List<(string Rows, string Raw, string Report, string Quarantine, long Rejected)>();
        // The layer's keys read before the file (the default for a small layer) or looked for in the stage (limit 0).
        foreach (var (keyPresent, layerKeysLimit) in new[] { (false, 50_000), (true, 50_000), (false, 0), (true, 0) })
        {
            await using (var clear = db.DataSource.CreateCommand("DELETE FROM georelief.natural_village"))
            {
                await clear.ExecuteNonQueryAsync();
            }

            if (keyPresent)
            {
                ImportAssert.Committed(await db.ImportAsync(present, LayerCatalog.NaturalVillages));
            }

            var logger = new RecordingLogger<FeatureImporter>();
            var importer = new FeatureImporter(db.DataSource, db.Database.ConnectionString, logger) { LayerKeysLimit = layerKeysLimit };
            var report = await importer.ImportAsync(new ImportRequest(path, "mix.csv", LayerCatalog.NaturalVillages) { SkipInvalid = true }, CancellationToken.None);

            Assert.Equal(ImportStatus.Committed, report.Status);
            Assert.Equal(!keyPresent, logger.Messages.Any(m => m.Contains("all new", StringComparison.Ordinal)));
            Assert.Equal(keyPresent ? (report.RowsRead - report.RowsRejected - 1, 1L) : (report.RowsRead - report.RowsRejected, 0L), (report.Inserted, report.Unchanged));
            var lines = string.Join('\n', report.Problems.Select(p => $"{p.Row} {p.Field} {p.Problem} {p.Severity} {p.Message}"));
            results.Add((await db.ScalarAsync<string>(Rows), await db.ScalarAsync<string>(RawPositions), lines, await db.ScalarAsync<string>(Quarantine, report.BatchId), report.RowsRejected));
        }

        Assert.All(results, r => Assert.Equal(results[0], r));
        Assert.Equal(13, results[0].Rejected);
        Assert.Contains("declared_code_mismatch", results[0].Report, StringComparison.Ordinal);
        Assert.Contains("unknown_admin_code", results[0].Report, StringComparison.Ordinal);
    }

    [DatabaseFact]
    public async Task Raw_positions_are_kept_per_batch_and_the_latest_one_per_feature_is_read_by_feature()
    {
        var points = await db.VillagePointsAsync("522628", 3);
        string Csv(double shift) => string.Concat(points.Select((p, i) => string.Create(
            CultureInfo.InvariantCulture, $"raw-{i},组{i},10,30,{p.Lon + (i == 0 ? shift : 0):R},{p.Lat:R}\n")));
        var first = await db.ImportAsync(db.WriteFile("raw-1.csv", Encoding.UTF8.GetBytes("id,name,households,population,lon,lat\n" + Csv(0))), LayerCatalog.NaturalVillages);
        var moved = await db.ImportAsync(db.WriteFile("raw-2.csv", Encoding.UTF8.GetBytes("id,name,households,population,lon,lat\n" + Csv(0.0001))), LayerCatalog.NaturalVillages);

        ImportAssert.Committed(first);
        Assert.Equal((1L, 0L), (moved.Updated, moved.Inserted));
        // Per batch: the first wrote all three positions, the second only the one it moved.
        Assert.Equal(3, await db.ScalarAsync<int>("SELECT cardinality(feature_ids) FROM georelief.import_raw_batch WHERE batch_id = $1", first.BatchId));
        Assert.Equal("raw-0", await db.ScalarAsync<string>("SELECT array_to_string(feature_ids, ',') FROM georelief.import_raw_batch WHERE batch_id = $1", moved.BatchId));
        // Per feature: the latest batch that wrote it.
        Assert.Equal(points[0].Lon + 0.0001, await db.ScalarAsync<double>("SELECT raw_x FROM georelief.import_raw_position WHERE layer_table = 'natural_village' AND feature_id = 'raw-0'"));
        Assert.Equal(moved.BatchId, await db.ScalarAsync<long>("SELECT batch_id FROM georelief.import_raw_position WHERE layer_table = 'natural_village' AND feature_id = 'raw-0'"));
        Assert.Equal(first.BatchId, await db.ScalarAsync<long>("SELECT batch_id FROM georelief.import_raw_position WHERE layer_table = 'natural_village' AND feature_id = 'raw-1'"));
        Assert.Equal(points[1].Lat, await db.ScalarAsync<double>("SELECT raw_y FROM georelief.import_raw_position WHERE layer_table = 'natural_village' AND feature_id = 'raw-1'"));
    }

    /// <summary>How many natural villages whose id starts with <paramref name="prefix"/> are not where locate_village puts them.</summary>
    private Task<long> PlacedElsewhereThanLocateVillageAsync(string prefix) => db.ScalarAsync<long>("""
        SELECT count(*) FROM georelief.natural_village AS n
          LEFT JOIN LATERAL georelief.locate_village(n.geom) AS l ON true
         WHERE starts_with(n.id, $1)
           AND (n.village_code, n.township_code) IS DISTINCT FROM (l.village_code, l.township_code)
        """, prefix);

    /// <summary>A CSV of <paramref name="rows"/> new natural villages, prefix-0000 on, at the given points nudged apart.</summary>
    private string WriteVillagesCsv(string prefix, int rows, IReadOnlyList<(string Village, string Township, double Lon, double Lat)> points)
    {
        var csv = new StringBuilder("id,name,households,population,lon,lat\n");
        for (var i = 0; i < rows; i++)
        {
            var p = points[i % points.Count];
            csv.Append(CultureInfo.InvariantCulture, $"{prefix}-{i:D4},组{i},{i % 90},{i % 90 * 4},{p.Lon + (i * 1e-6):R},{p.Lat:R}\n");
        }

        return db.WriteFile(prefix + ".csv", Encoding.UTF8.GetBytes(csv.ToString()));
    }

    /// <summary>
    /// Imports <paramref name="path"/>'s <paramref name="rows"/> new villages on the bulk path and asserts that it was
    /// taken and that the layer's key, the foreign keys to it and its indexes are as before; returns the keys.
    /// </summary>
    private async Task<string> BulkImportKeepingKeysAndIndexesAsync(string path, int rows)
    {
        var indexesBefore = await db.ScalarAsync<string>(ListIndexes);
        var keysBefore = await db.ScalarAsync<string>(ListKeys);
        var triggersBefore = await db.ScalarAsync<string>(ListTriggers);
        var logger = new RecordingLogger<FeatureImporter>();
        var importer = new FeatureImporter(db.DataSource, db.Database.ConnectionString, logger) { BulkInsertRows = 100 };

        var report = await importer.ImportAsync(new ImportRequest(path, Path.GetFileName(path), LayerCatalog.NaturalVillages), CancellationToken.None);

        ImportAssert.Committed(report);
        Assert.Equal(rows, report.Inserted);
        Assert.Contains(logger.Messages, m => m.Contains("build the layer's key and indexes again", StringComparison.Ordinal));
        Assert.Equal(indexesBefore, await db.ScalarAsync<string>(ListIndexes));
        Assert.Equal(keysBefore, await db.ScalarAsync<string>(ListKeys));
        Assert.Equal(triggersBefore, await db.ScalarAsync<string>(ListTriggers));
        return keysBefore;
    }

    [DatabaseFact]
    public async Task A_small_layers_keys_are_read_and_a_large_or_two_column_keyed_layers_are_not()
    {
        await using var connection = await db.DataSource.OpenConnectionAsync();
        var villages = new ImportSqlTemplates(LayerCatalog.NaturalVillages, new Dictionary<string, (string, string?)>());
        var held = await db.ScalarAsync<long>("SELECT count(*) FROM georelief.natural_village");
        var some = await db.ScalarAsync<string>("SELECT min(id) FROM georelief.natural_village");

        var keys = await ExistingKeys.LoadAsync(connection, villages, LayerCatalog.NaturalVillages, ExistingKeys.DefaultMaximum, CancellationToken.None);
        var tooMany = await ExistingKeys.LoadAsync(connection, villages, LayerCatalog.NaturalVillages, (int)held - 1, CancellationToken.None);
        var years = await ExistingKeys.LoadAsync(
            connection, new ImportSqlTemplates(LayerCatalog.VillageYears, new Dictionary<string, (string, string?)>()), LayerCatalog.VillageYears, ExistingKeys.DefaultMaximum, CancellationToken.None);

        Assert.True(held > 0);
        Assert.Equal(held, keys!.Count);
        Assert.Contains(some, keys);
        Assert.Null(tooMany);
        Assert.Null(years);
    }
}
