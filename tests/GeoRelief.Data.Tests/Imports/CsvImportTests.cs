using System.Globalization;
using System.Text;
using GeoRelief.Core.Imports;
using GeoRelief.Data.Imports;
using GeoRelief.Data.Layers;

namespace GeoRelief.Data.Tests.Imports;

public sealed class CsvImportTests(ImportDatabase db) : IClassFixture<ImportDatabase>
{
    private static readonly Encoding Gbk = ImportEncodings.Find("gbk")!;

    [DatabaseFact]
    public async Task Natural_villages_with_Chinese_headers_are_imported_linked_and_keep_their_raw_position()
    {
        var points = await db.VillagePointsAsync("522628", 5);
        var path = db.WriteFile("villages.csv", Encoding.UTF8.GetBytes(VillagesCsv("csv-nv", points)));

        var report = await db.ImportAsync(path, LayerCatalog.NaturalVillages);

        ImportAssert.Committed(report);
        Assert.Equal((points.Count, 0L, 0L), (report.Inserted, report.Updated, report.Errors));
        for (var i = 0; i < points.Count; i++)
        {
            Assert.Equal(points[i].Village, await db.ScalarAsync<string>("SELECT village_code FROM georelief.natural_village WHERE id = $1", $"csv-nv-{i}"));
            Assert.Equal(points[i].Township, await db.ScalarAsync<string>("SELECT township_code FROM georelief.natural_village WHERE id = $1", $"csv-nv-{i}"));
        }

        Assert.Equal(points[0].Lon, await db.ScalarAsync<double>("SELECT raw_x FROM georelief.import_raw_position WHERE layer_table = 'natural_village' AND feature_id = 'csv-nv-0'"));
        Assert.Equal("EPSG:4490", await db.ScalarAsync<string>("SELECT raw_crs FROM georelief.import_raw_position WHERE layer_table = 'natural_village' AND feature_id = 'csv-nv-0'"));
    }

    [DatabaseFact]
    public async Task Importing_the_same_file_again_changes_nothing_not_even_the_data_version()
    {
        var points = await db.VillagePointsAsync("152223", 4);
        var path = db.WriteFile("again.csv", Encoding.UTF8.GetBytes(VillagesCsv("again", points)));
        await db.ImportAsync(path, LayerCatalog.NaturalVillages);
        var before = await db.FingerprintAsync();

        var report = await db.ImportAsync(path, LayerCatalog.NaturalVillages);

        ImportAssert.Committed(report);
        Assert.Equal((0L, 0L, (long)points.Count), (report.Inserted, report.Updated, report.Unchanged));
        Assert.Equal(before, await db.FingerprintAsync());
    }

    [DatabaseFact]
    public async Task A_changed_row_is_updated_and_only_it()
    {
        var points = await db.VillagePointsAsync("152223", 3);
        await db.ImportAsync(db.WriteFile("v1.csv", Encoding.UTF8.GetBytes(VillagesCsv("upd", points))), LayerCatalog.NaturalVillages);
        var changed = VillagesCsv("upd", points).Replace("upd-1,测试组1,", "upd-1,改名组,", StringComparison.Ordinal);

        var report = await db.ImportAsync(db.WriteFile("v2.csv", Encoding.UTF8.GetBytes(changed)), LayerCatalog.NaturalVillages);

        Assert.Equal((0L, 1L, 2L), (report.Inserted, report.Updated, report.Unchanged));
        Assert.Equal("改名组", await db.ScalarAsync<string>("SELECT name FROM georelief.natural_village WHERE id = 'upd-1'"));
    }

    [DatabaseFact]
    public async Task One_bad_row_in_the_middle_rejects_the_file_and_leaves_the_database_unchanged()
    {
        var points = await db.VillagePointsAsync("522628", 9);
        var lines = VillagesCsv("atomic", points).Split('\n').ToList();
        lines[5] = lines[5].Replace(",34,124,", ",-34,124,", StringComparison.Ordinal);
        var before = await db.FingerprintAsync();

        var report = await db.ImportAsync(db.WriteFile("broken.csv", Encoding.UTF8.GetBytes(string.Join('\n', lines))), LayerCatalog.NaturalVillages);

        Assert.Equal(ImportStatus.Rejected, report.Status);
        var problem = Assert.Single(report.Problems, p => p.Severity == ImportSeverity.Error);
        Assert.Equal((6L, "households", ImportProblemCodes.BelowMinimum, "-34"), (problem.Row, problem.Field, problem.Problem, problem.Value));
        Assert.Equal((0L, 0L), (report.Inserted, report.Updated));
        Assert.Equal(before, await db.FingerprintAsync());
        Assert.Equal(0L, await db.ScalarAsync<long>("SELECT count(*) FROM georelief.natural_village WHERE id LIKE 'atomic-%'"));
    }

    [DatabaseFact]
    public async Task Skip_invalid_imports_the_good_rows_and_quarantines_the_bad_with_their_report()
    {
        var points = await db.VillagePointsAsync("522628", 6);
        var lines = VillagesCsv("skip", points).Split('\n').ToList();
        lines[3] = lines[3].Replace("skip-2,测试组2,", "skip-2,,", StringComparison.Ordinal);

        var report = await db.ImportAsync(db.WriteFile("skip.csv", Encoding.UTF8.GetBytes(string.Join('\n', lines))), LayerCatalog.NaturalVillages, skipInvalid: true);

        Assert.Equal(ImportStatus.Committed, report.Status);
        Assert.Equal((5L, 1L), (report.Inserted, report.RowsRejected));
        Assert.Equal(0L, await db.ScalarAsync<long>("SELECT count(*) FROM georelief.natural_village WHERE id = 'skip-2'"));
        Assert.Equal("skip-2", await db.ScalarAsync<string>("SELECT feature_id FROM georelief.import_reject WHERE batch_id = $1 AND row_no = 4", report.BatchId));
        Assert.Contains(report.Problems, p => p is { Row: 4, Field: "name", Problem: ImportProblemCodes.MissingValue });
    }

    [DatabaseFact]
    public async Task A_control_character_in_a_cell_is_a_report_line_and_the_quarantine_keeps_the_row()
    {
        // U+0000 (from a copy out of another program) stopped the import with PostgreSQL's "invalid byte sequence".
        var points = await db.VillagePointsAsync("522628", 4);
        var lines = VillagesCsv("ctrl", points).Split('\n').ToList();
        lines[2] = lines[2].Replace("测试组1", "测试\u0000组1", StringComparison.Ordinal);
        lines[3] = lines[3].Replace("ctrl-2,", "ctrl-2\u0007,", StringComparison.Ordinal);

        var report = await db.ImportAsync(db.WriteFile("ctrl.csv", Encoding.UTF8.GetBytes(string.Join('\n', lines))), LayerCatalog.NaturalVillages, skipInvalid: true);

        Assert.Equal(ImportStatus.Committed, report.Status);
        Assert.Equal((2L, 2L), (report.Inserted, report.RowsRejected));
        var nul = Assert.Single(report.Problems, p => p is { Row: 3, Problem: ImportProblemCodes.ControlCharacter });
        Assert.Equal(("name", "测试<U+0000>组1"), (nul.Field, nul.Value));
        Assert.Contains("U+0000 at position 3", nul.Message, StringComparison.Ordinal);
        Assert.Contains(report.Problems, p => p is { Row: 4, Field: "id", Problem: ImportProblemCodes.ControlCharacter });
        Assert.Equal(2L, await db.ScalarAsync<long>("SELECT count(*) FROM georelief.import_reject WHERE batch_id = $1", report.BatchId));
    }

    [DatabaseFact]
    public async Task Dry_run_reports_what_would_happen_and_writes_nothing()
    {
        var points = await db.VillagePointsAsync("522628", 3);
        var before = await db.FingerprintAsync();

        var report = await db.ImportAsync(db.WriteFile("dry.csv", Encoding.UTF8.GetBytes(VillagesCsv("dry", points))), LayerCatalog.NaturalVillages, dryRun: true);

        Assert.Equal(ImportStatus.DryRun, report.Status);
        Assert.Equal(3L, report.Inserted);
        Assert.Equal(before, await db.FingerprintAsync());
    }

    [DatabaseFact]
    public async Task A_GBK_file_of_relocation_sites_with_Chinese_headers_imports_with_encoding_gbk()
    {
        var points = await db.VillagePointsAsync("522628", 2);
        var csv = "安置点编号,站点名称,安置方式,建设状态,计划户数,计划人数,入住户数,入住人数,工程进度,开工日期,配套设施,经度,纬度\n"
            + string.Concat(points.Select((p, i) => string.Create(CultureInfo.InvariantCulture,
                $"gbk-site-{i},三江镇安置点{i},concentrated,under_construction,{100 + i},{400 + i},{50 + i},{200 + i},48%,2018/3/1,学校；卫生室,{p.Lon:R},{p.Lat:R}\n")));
        var path = db.WriteFile("sites-gbk.csv", Gbk.GetBytes(csv));

        var report = await db.ImportAsync(path, LayerCatalog.RelocationSites, encoding: "gbk");

        ImportAssert.Committed(report);
        Assert.Equal("gbk", report.Encoding);
        Assert.Equal("三江镇安置点0", await db.ScalarAsync<string>("SELECT name FROM georelief.relocation_site WHERE id = 'gbk-site-0'"));
        Assert.Equal(48.0m, await db.ScalarAsync<decimal>("SELECT progress_pct FROM georelief.relocation_site WHERE id = 'gbk-site-0'"));
        Assert.Equal(["学校", "卫生室"], await db.ScalarAsync<string[]>("SELECT facilities FROM georelief.relocation_site WHERE id = 'gbk-site-0'"));
        Assert.Equal(points[1].Township, await db.ScalarAsync<string>("SELECT township_code FROM georelief.relocation_site WHERE id = 'gbk-site-1'"));
    }

    [DatabaseFact]
    public async Task A_GBK_file_read_as_UTF8_is_refused_with_a_hint_to_use_encoding_gbk()
    {
        var path = db.WriteFile("gbk-as-utf8.csv", Gbk.GetBytes("编号,名称,户数,人口,经度,纬度\nx-1,三江,10,40,109.2,26.6\n"));
        var before = await db.FingerprintAsync();

        var report = await db.ImportAsync(path, LayerCatalog.NaturalVillages);

        Assert.Equal(ImportStatus.Rejected, report.Status);
        var problem = Assert.Single(report.Problems);
        Assert.Equal(ImportProblemCodes.WrongEncoding, problem.Problem);
        Assert.Contains("--encoding gbk", problem.Hint, StringComparison.Ordinal);
        // The header, line 1, is where the bytes fail (the report said line 0).
        Assert.Equal(1L, problem.Row);
        Assert.Contains("near line 1 ", problem.Message, StringComparison.Ordinal);
        Assert.Equal(before, await db.FingerprintAsync());
    }

    [DatabaseFact]
    public async Task A_UTF8_file_with_BOM_and_a_WKT_column_imports()
    {
        var p = (await db.VillagePointsAsync("152223", 1))[0];
        var csv = string.Create(CultureInfo.InvariantCulture, $"id,name,households,population,wkt\r\nwkt-1,\"组, 带逗号\",12,50,POINT({p.Lon:R} {p.Lat:R})\r\n");
        var path = db.WriteFile("bom.csv", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv)]);

        var report = await db.ImportAsync(path, LayerCatalog.NaturalVillages);

        ImportAssert.Committed(report);
        Assert.Equal("组, 带逗号", await db.ScalarAsync<string>("SELECT name FROM georelief.natural_village WHERE id = 'wkt-1'"));
        Assert.Equal(p.Village, await db.ScalarAsync<string>("SELECT village_code FROM georelief.natural_village WHERE id = 'wkt-1'"));
    }

    [DatabaseFact]
    public async Task A_title_line_above_the_header_and_a_total_line_below_the_table_are_passed_over_with_a_warning()
    {
        var points = await db.VillagePointsAsync("152223", 2);
        var csv = "扎赉特旗自然村统计表（2019年）,,,,,,\n填报单位：扶贫办,,,,,,\n" + VillagesCsv("titled", points) + "合计,,,61,241,,\n";

        var report = await db.ImportAsync(db.WriteFile("titled.csv", Encoding.UTF8.GetBytes(csv)), LayerCatalog.NaturalVillages);

        ImportAssert.Committed(report);
        Assert.Equal(2L, report.Inserted);
        var title = Assert.Single(report.Problems, p => p.Problem == ImportProblemCodes.RowsAboveHeader);
        Assert.Equal((1L, "扎赉特旗自然村统计表（2019年） 填报单位：扶贫办"), (title.Row, title.Value));
        Assert.Equal(6L, Assert.Single(report.Problems, p => p.Problem == ImportProblemCodes.TotalRow).Row);
        Assert.Equal(points[0].Village, await db.ScalarAsync<string>("SELECT village_code FROM georelief.natural_village WHERE id = 'titled-0'"));
    }

    [DatabaseFact]
    public async Task A_missing_column_is_reported_at_the_header_row_below_a_title()
    {
        var csv = "锦屏县自然村统计表,,,\n编号,名称,户数,经度,纬度\nmiss-1,组,12,109.2,26.7\n";

        var report = await db.ImportAsync(db.WriteFile("titled-missing.csv", Encoding.UTF8.GetBytes(csv)), LayerCatalog.NaturalVillages);

        Assert.Equal(ImportStatus.Rejected, report.Status);
        var missing = Assert.Single(report.Problems, p => p.Problem == ImportProblemCodes.MissingColumn);
        Assert.Equal((2L, "population"), (missing.Row, missing.Field));
    }

    [DatabaseTheory]
    [InlineData("villages.txt", '\t')]
    [InlineData("villages-semicolon.csv", ';')]
    public async Task A_table_separated_by_tabs_or_semicolons_imports_like_a_comma_separated_one(string name, char separator)
    {
        var points = await db.VillagePointsAsync("152223", 2);
        var prefix = separator == '\t' ? "tsv" : "ssv";
        var text = VillagesCsv(prefix, points).Replace(',', separator);

        var report = await db.ImportAsync(db.WriteFile(name, Gbk.GetBytes(text)), LayerCatalog.NaturalVillages, encoding: "gbk");

        ImportAssert.Committed(report);
        Assert.Equal(2L, report.Inserted);
        Assert.DoesNotContain(report.Problems, p => p.Problem == ImportProblemCodes.IgnoredColumn);
        Assert.Equal(points[1].Village, await db.ScalarAsync<string>("SELECT village_code FROM georelief.natural_village WHERE id = $1", $"{prefix}-1"));
    }

    internal static string VillagesCsv(string prefix, IReadOnlyList<(string Village, string Township, double Lon, double Lat)> points)
    {
        var csv = new StringBuilder("编号,名称,行政村代码,户数,人口,经度,纬度\n");
        for (var i = 0; i < points.Count; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{prefix}-{i},测试组{i},{points[i].Village},{30 + i},{120 + i},{points[i].Lon:R},{points[i].Lat:R}\n");
        }

        return csv.ToString();
    }
}
