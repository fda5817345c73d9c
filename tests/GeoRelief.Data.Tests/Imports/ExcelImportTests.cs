using GeoRelief.Core.Imports;
using GeoRelief.Data.Imports;
using GeoRelief.Data.Layers;

namespace GeoRelief.Data.Tests.Imports;

/// <summary>
/// Excel workbooks as planners keep them: a title row above the table, headers with units, progress formatted as a
/// percentage, dates as date cells, a notes worksheet before the data.
/// </summary>
public sealed class ExcelImportTests(ImportDatabase db) : IClassFixture<ImportDatabase>
{
    private static readonly object?[] SiteHeader =
        ["安置点编号", "站点名称", "安置方式", "建设状态", "计划户数（户）", "计划人数（人）", "入住户数（户）", "入住人数（人）", "工程进度（%）", "开工日期", "经度", "纬度"];

    [DatabaseFact]
    public async Task A_workbook_with_a_title_row_unit_headers_percentages_dates_and_total_rows_imports_as_the_planner_sees_it()
    {
        var points = await db.VillagePointsAsync("522628", 2);
        var workbook = XlsxWorkbook.Write(("安置点", [
            ["锦屏县易地扶贫搬迁安置点统计表（2018年）"],
            SiteHeader,
            SiteRow("xl-site-0", points[0], new Percent(0.855), new DateTime(2018, 3, 1)),
            ["三江镇小计", null, null, null, 120, 500, 60, 250],
            [],
            SiteRow("xl-site-1", points[1], new Percent(1), new DateTime(2017, 11, 20)),
            ["合  计", null, null, null, 240, 1000, 120, 500],
        ], false));

        var report = await db.ImportAsync(db.WriteFile("sites.xlsx", workbook), LayerCatalog.RelocationSites);

        ImportAssert.Committed(report);
        Assert.Equal("excel", report.Format);
        Assert.Equal((2L, 0L), (report.Inserted, report.Errors));
        var title = Assert.Single(report.Problems, p => p.Problem == ImportProblemCodes.RowsAboveHeader);
        Assert.Equal((1L, "锦屏县易地扶贫搬迁安置点统计表（2018年）"), (title.Row, title.Value));
        Assert.DoesNotContain(report.Problems, p => p.Problem is ImportProblemCodes.IgnoredColumn or ImportProblemCodes.MissingColumn);
        Assert.Equal([4L, 7L], report.Problems.Where(p => p.Problem == ImportProblemCodes.TotalRow).Select(p => p.Row).ToArray());
        Assert.Equal(85.5m, await db.ScalarAsync<decimal>("SELECT progress_pct FROM georelief.relocation_site WHERE id = 'xl-site-0'"));
        Assert.Equal(100m, await db.ScalarAsync<decimal>("SELECT progress_pct FROM georelief.relocation_site WHERE id = 'xl-site-1'"));
        Assert.Equal(new DateTime(2017, 11, 20), await db.ScalarAsync<DateTime>("SELECT start_date::timestamp FROM georelief.relocation_site WHERE id = 'xl-site-1'"));
        Assert.Equal(120, await db.ScalarAsync<int>("SELECT planned_households FROM georelief.relocation_site WHERE id = 'xl-site-0'"));
        Assert.Equal(points[1].Township, await db.ScalarAsync<string>("SELECT township_code FROM georelief.relocation_site WHERE id = 'xl-site-1'"));
    }

    [DatabaseFact]
    public async Task A_bad_cell_is_reported_at_the_row_Excel_shows_and_nothing_is_written()
    {
        var points = await db.VillagePointsAsync("522628", 2);
        var bad = SiteRow("xl-bad-1", points[1], new Percent(0.5), new DateTime(2018, 3, 1));
        bad[6] = 130;
        var workbook = XlsxWorkbook.Write(("Sheet1", [
            ["锦屏县安置点"],
            [],
            SiteHeader,
            SiteRow("xl-bad-0", points[0], new Percent(0.5), new DateTime(2018, 3, 1)),
            bad,
        ], false));
        var before = await db.FingerprintAsync();

        var report = await db.ImportAsync(db.WriteFile("bad.xlsx", workbook), LayerCatalog.RelocationSites);

        Assert.Equal(ImportStatus.Rejected, report.Status);
        var problem = Assert.Single(report.Problems, p => p.Severity == ImportSeverity.Error);
        Assert.Equal((5L, "moved_in_households", ImportProblemCodes.ExceedsOtherField), (problem.Row, problem.Field, problem.Problem));
        Assert.Equal(before, await db.FingerprintAsync());
    }

    [DatabaseFact]
    public async Task The_worksheet_whose_header_names_the_layer_is_imported_and_the_others_are_named_in_a_warning()
    {
        var points = await db.VillagePointsAsync("152223", 2);
        var workbook = XlsxWorkbook.Write(
            ("填表说明", [["本表由乡镇填报，户数以户籍为准。"], ["联系人：扶贫办"]], false),
            ("旧表", [["编号", "名称", "户数", "人口", "经度", "纬度"], ["old-1", "旧", 1, 2, 0, 0]], true),
            ("自然村", [
                ["编号", "名称", "行政村代码", "户数", "人口", "经度", "纬度"],
                ["xl-nv-0", "测试组0", points[0].Village, 31, 120, points[0].Lon, points[0].Lat],
                ["xl-nv-1", "测试组1", points[1].Village, 45.0, 180, points[1].Lon, points[1].Lat],
            ], false),
            ("汇总", [["合计", "", "", 76, 300]], false));

        var report = await db.ImportAsync(db.WriteFile("villages.xlsx", workbook), LayerCatalog.NaturalVillages);

        ImportAssert.Committed(report);
        Assert.Equal(2L, report.Inserted);
        Assert.Equal(
            ["填表说明", "汇总"],
            report.Problems.Where(p => p.Problem == ImportProblemCodes.OtherWorksheet).Select(p => p.Value ?? "").ToArray());
        Assert.Equal(45, await db.ScalarAsync<int>("SELECT households FROM georelief.natural_village WHERE id = 'xl-nv-1'"));
        Assert.Equal(points[0].Lon, await db.ScalarAsync<double>("SELECT raw_x FROM georelief.import_raw_position WHERE layer_table = 'natural_village' AND feature_id = 'xl-nv-0'"));
        Assert.Equal(0L, await db.ScalarAsync<long>("SELECT count(*) FROM georelief.natural_village WHERE id = 'old-1'"));
    }

    [DatabaseFact]
    public async Task A_workbook_with_a_worksheet_per_township_imports_the_one_named_and_an_unknown_name_lists_them()
    {
        var points = await db.VillagePointsAsync("522628", 2);
        object?[] header = ["编号", "名称", "行政村代码", "户数", "人口", "经度", "纬度"];
        var workbook = XlsxWorkbook.Write(
            ("三江镇", [header, ["sheet-a", "甲组", points[0].Village, 31, 120, points[0].Lon, points[0].Lat]], false),
            ("启蒙镇", [header, ["sheet-b", "乙组", points[1].Village, 45, 180, points[1].Lon, points[1].Lat]], false),
            ("空表", [], false));
        var path = db.WriteFile("townships.xlsx", workbook);

        var first = await db.Importer.ImportAsync(new ImportRequest(path, "townships.xlsx", LayerCatalog.NaturalVillages), CancellationToken.None);
        var second = await db.Importer.ImportAsync(new ImportRequest(path, "townships.xlsx", LayerCatalog.NaturalVillages, Sheet: "启蒙镇"), CancellationToken.None);
        var unknown = await db.Importer.ImportAsync(new ImportRequest(path, "townships.xlsx", LayerCatalog.NaturalVillages, Sheet: "三江"), CancellationToken.None);
        var empty = await db.Importer.ImportAsync(new ImportRequest(path, "townships.xlsx", LayerCatalog.NaturalVillages, Sheet: "空表"), CancellationToken.None);

        ImportAssert.Committed(first);
        var other = Assert.Single(first.Problems, p => p.Problem == ImportProblemCodes.OtherWorksheet);
        Assert.Contains("--sheet '启蒙镇'", other.Hint, StringComparison.Ordinal);
        ImportAssert.Committed(second);
        Assert.Equal(1L, second.Inserted);
        Assert.Equal(45, await db.ScalarAsync<int>("SELECT households FROM georelief.natural_village WHERE id = 'sheet-b'"));
        Assert.Equal(ImportStatus.Rejected, unknown.Status);
        var problem = Assert.Single(unknown.Problems);
        Assert.Equal(ImportProblemCodes.UnknownWorksheet, problem.Problem);
        Assert.Contains("'三江镇', '启蒙镇'", problem.Hint, StringComparison.Ordinal);
        Assert.Equal(ImportStatus.Rejected, empty.Status);
        Assert.Contains("'空表' is empty", Assert.Single(empty.Problems).Message, StringComparison.Ordinal);
    }

    [DatabaseFact]
    public async Task A_worksheet_named_for_a_file_that_is_not_a_workbook_is_refused_by_name()
    {
        var path = db.WriteFile("plain.csv", System.Text.Encoding.UTF8.GetBytes("id,name\n"));

        var refused = await Assert.ThrowsAsync<ImportException>(() => db.Importer.ImportAsync(new ImportRequest(path, "plain.csv", LayerCatalog.NaturalVillages, Sheet: "Sheet1"), CancellationToken.None));

        Assert.Equal("sheet", refused.Parameter);
    }

    [DatabaseFact]
    public async Task A_workbook_is_known_by_its_contents_when_its_name_has_no_extension()
    {
        var points = await db.VillagePointsAsync("152223", 1);
        var workbook = XlsxWorkbook.Write(("Sheet1", [
            ["id", "name", "households", "population", "lon", "lat"],
            ["xl-noext-0", "组", 12, 40, points[0].Lon, points[0].Lat],
        ], false));
        var path = db.WriteFile("upload-without-extension", workbook);

        Assert.Equal(ImportFormat.Excel, ImportFormats.Detect(path, "upload-without-extension"));
        ImportAssert.Committed(await db.ImportAsync(path, LayerCatalog.NaturalVillages));
    }

    [DatabaseFact]
    public async Task A_damaged_workbook_is_refused_with_what_to_do_and_nothing_is_written()
    {
        var workbook = XlsxWorkbook.Write(("Sheet1", [["id", "name"], ["a", "b"]], false));
        var path = db.WriteFile("damaged.xlsx", workbook[..(workbook.Length / 2)]);
        var before = await db.FingerprintAsync();

        var report = await db.ImportAsync(path, LayerCatalog.NaturalVillages);

        Assert.Equal(ImportStatus.Rejected, report.Status);
        var problem = Assert.Single(report.Problems);
        Assert.Equal(ImportProblemCodes.UnreadableFile, problem.Problem);
        Assert.Contains("save it again as .xlsx", problem.Hint, StringComparison.Ordinal);
        Assert.Equal(before, await db.FingerprintAsync());
    }

    [DatabaseFact]
    public async Task A_worksheet_broken_in_the_middle_is_refused_and_nothing_is_written()
    {
        var points = await db.VillagePointsAsync("522628", 1);
        object?[][] rows = [["编号", "名称", "户数", "人口", "经度", "纬度"], .. Enumerable.Range(0, 40).Select(i => new object?[] { $"xl-broken-{i}", "组", 10, 40, points[0].Lon, points[0].Lat })];
        var path = db.WriteFile("broken.xlsx", XlsxWorkbook.Write(("Sheet1", rows, false)));
        using (var zip = System.IO.Compression.ZipFile.Open(path, System.IO.Compression.ZipArchiveMode.Update))
        {
            var entry = zip.GetEntry("xl/worksheets/sheet1.xml")!;
            string xml;
            using (var reader = new StreamReader(entry.Open()))
            {
                xml = await reader.ReadToEndAsync();
            }

            entry.Delete();
            await using var writer = new StreamWriter(zip.CreateEntry("xl/worksheets/sheet1.xml").Open());
            await writer.WriteAsync(xml[..(xml.Length * 2 / 3)] + "<row r=\"x\"><c");
        }

        var before = await db.FingerprintAsync();

        var report = await db.ImportAsync(path, LayerCatalog.NaturalVillages);

        Assert.Equal(ImportStatus.Rejected, report.Status);
        var problem = Assert.Single(report.Problems, p => p.Severity == ImportSeverity.Error);
        Assert.Equal(ImportProblemCodes.UnreadableFile, problem.Problem);
        Assert.StartsWith("The workbook cannot be read", problem.Message, StringComparison.Ordinal);
        Assert.Equal(before, await db.FingerprintAsync());
    }

    private static object?[] SiteRow(string id, (string Village, string Township, double Lon, double Lat) point, Percent progress, DateTime start) =>
        [id, "安置点" + id, "concentrated", "under_construction", 120, 500, 60, 250, progress, start, point.Lon, point.Lat];
}
