using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using GeoRelief.Core.Coordinates;
using GeoRelief.Data.Auth;
using GeoRelief.Data.Tests;
using GeoRelief.Data.Tests.Imports;
using GeoRelief.Server.Tests.Auth;
using GeoRelief.Server.Tests.Styles;

namespace GeoRelief.Server.Tests.Imports;

public sealed class ImportsApiTests(SampleServerFactory factory) : IClassFixture<SampleServerFactory>
{
    private const string Jinping = "522628";

    private const string Jalaid = "152223";

    [DatabaseFact]
    public async Task Posting_an_AMap_GeoJSON_imports_it_and_the_batch_and_its_report_can_be_fetched()
    {
        using var client = await EditorAsync();
        var (village, township, lon, lat) = await InnerPointAsync("522628");
        var gcj = Gcj02.FromCgcs2000(new LonLat(lon, lat));
        var geoJson = string.Create(CultureInfo.InvariantCulture,
            $"{{\"type\":\"FeatureCollection\",\"features\":[{{\"type\":\"Feature\",\"properties\":{{\"id\":\"api-amap-1\",\"名称\":\"接口组\",\"户数\":33,\"人口\":130,\"village_code\":\"{village}\"}},\"geometry\":{{\"type\":\"Point\",\"coordinates\":[{gcj.Lon:R},{gcj.Lat:R}]}}}}]}}");

        using var response = await client.PostAsync("/api/v1/imports", Form("amap.geojson", geoJson, ("layer", "natural-villages"), ("crs", "GCJ-02")));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var report = await JsonAsync(response);
        Assert.Equal("committed", report.GetProperty("status").GetString());
        Assert.Equal(1, report.GetProperty("inserted").GetInt64());
        var id = report.GetProperty("batchId").GetInt64();
        Assert.Equal($"/api/v1/imports/{id}", response.Headers.Location?.ToString());
        using var fetched = await client.GetAsync($"/api/v1/imports/{id}");
        Assert.Equal("GCJ-02", (await JsonAsync(fetched)).GetProperty("crs").GetString());
        await using var connection = await factory.Database.DataSource.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT township_code FROM georelief.natural_village WHERE id = 'api-amap-1'";
        Assert.Equal(township, await command.ExecuteScalarAsync());
    }

    [DatabaseFact]
    public async Task An_Excel_workbook_uploaded_as_a_planner_keeps_it_is_imported()
    {
        using var client = await EditorAsync();
        var (_, township, lon, lat) = await InnerPointAsync(Jalaid);
        var workbook = XlsxWorkbook.Write(
            ("旧表", [["编号", "名称"], ["old", "旧"]], false),
            ("安置点", [
                ["扎赉特旗安置点进度表"],
                ["编号", "名称", "安置方式", "建设状态", "计划户数（户）", "计划人数（人）", "入住户数（户）", "入住人数（人）", "工程进度（%）", "经度", "纬度"],
                ["api-xl-1", "甲", "concentrated", "under_construction", 10, 40, 5, 20, new Percent(0.62), lon, lat],
            ], false));

        // The worksheet by name (sheet): the first one would be taken otherwise, for its header has 编号 and 名称.
        using var response = await client.PostAsync("/api/v1/imports", Form("进度表.xlsx", workbook, ("layer", "relocation-sites"), ("sheet", "安置点")));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var report = await JsonAsync(response);
        Assert.Equal(("committed", "excel", 1L), (report.GetProperty("status").GetString(), report.GetProperty("format").GetString(), report.GetProperty("inserted").GetInt64()));
        await using var connection = await factory.Database.DataSource.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT township_code || ' ' || progress_pct FROM georelief.relocation_site WHERE id = 'api-xl-1'";
        Assert.Equal(township + " 62.0", await command.ExecuteScalarAsync());
    }

    [NodeToolsTheory]
    [InlineData("xls")]
    [InlineData("xlsx")]
    public async Task A_workbook_saved_by_another_program_imports_with_its_percentages_and_dates(string extension)
    {
        using var client = await EditorAsync();
        var (_, township, lon, lat) = await InnerPointAsync(Jinping);
        var id = "api-sheetjs-" + extension;
        var rows = JsonSerializer.Serialize(new object?[][]
        {
            ["锦屏县安置点进度表"],
            ["编号", "名称", "安置方式", "建设状态", "计划户数（户）", "计划人数（人）", "入住户数（户）", "入住人数（人）", "工程进度（%）", "开工日期", "经度", "纬度"],
            [id, "乙", "concentrated", "under_construction", 10, 40, 5, 20, new { v = 0.375, z = "0.0%" }, new { v = 43160, z = "yyyy-mm-dd" }, lon, lat],
        });
        var path = Path.Combine(Path.GetTempPath(), $"georelief-{Guid.NewGuid():N}.{extension}");
        try
        {
            var (exitCode, output) = await NodeTools.RunAsync("write-workbook.mjs", path, "安置点", rows);
            Assert.True(exitCode == 0, output);

            using var response = await client.PostAsync("/api/v1/imports", Form("进度表." + extension, await File.ReadAllBytesAsync(path), ("layer", "relocation-sites")));

            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        }
        finally
        {
            File.Delete(path);
        }

        await using var connection = await factory.Database.DataSource.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT township_code || ' ' || progress_pct || ' ' || start_date || ' ' || ST_X(geom) FROM georelief.relocation_site WHERE id = $1";
        command.Parameters.Add(new Npgsql.NpgsqlParameter { Value = id });
        Assert.Equal(string.Create(CultureInfo.InvariantCulture, $"{township} 37.5 2018-03-01 {lon:R}"), await command.ExecuteScalarAsync());
    }

    [DatabaseFact]
    public async Task A_file_with_one_broken_row_is_answered_422_with_the_report_and_a_CSV_report()
    {
        using var client = await EditorAsync();
        var (_, _, lon, lat) = await InnerPointAsync("152223");
        var csv = string.Create(CultureInfo.InvariantCulture,
            $"编号,名称,安置方式,建设状态,计划户数,计划人数,入住户数,入住人数,经度,纬度\nok-1,甲,concentrated,completed,10,40,5,20,{lon:R},{lat:R}\nbad-1,乙,concentrated,completed,10,40,12,20,{lon:R},{lat:R}\n");

        using var response = await client.PostAsync("/api/v1/imports", Form("sites.csv", csv, ("layer", "relocation-sites")));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await JsonAsync(response);
        var line = problem.GetProperty("report").GetProperty("problems").EnumerateArray().Single();
        Assert.Equal((3, "moved_in_households", "exceeds_other_field", "12"),
            (line.GetProperty("row").GetInt64(), line.GetProperty("field").GetString(), line.GetProperty("problem").GetString(), line.GetProperty("value").GetString()));
        var id = problem.GetProperty("report").GetProperty("batchId").GetInt64();
        var bytes = await client.GetByteArrayAsync($"/api/v1/imports/{id}/report?format=csv");
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        Assert.StartsWith("row,field,problem,severity,message,value,hint\n3,moved_in_households,exceeds_other_field,error,", text.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [DatabaseFact]
    public async Task Bad_requests_name_the_parameter()
    {
        using var client = await EditorAsync();

        using var noLayer = await client.PostAsync("/api/v1/imports", Form("x.csv", "id\n1\n", ("layer", "rivers")));
        using var badFlag = await client.PostAsync("/api/v1/imports", Form("x.csv", "id\n1\n", ("layer", "roads"), ("dryRun", "maybe")));
        using var badCrs = await client.PostAsync("/api/v1/imports", Form("x.csv", "id\n1\n", ("layer", "roads"), ("crs", "EPSG:999999")));
        using var kml = await client.PostAsync("/api/v1/imports", Form("路线.kml", "<?xml version=\"1.0\"?><kml/>", ("layer", "roads")));
        using var sheetOfCsv = await client.PostAsync("/api/v1/imports", Form("x.csv", "id\n1\n", ("layer", "roads"), ("sheet", "Sheet1")));
        using var unknown = await client.GetAsync("/api/v1/imports/987654321");
        using var badFormat = await client.GetAsync("/api/v1/imports/1/report?format=xml");

        Assert.Equal("layer", await ParameterAsync(noLayer));
        Assert.Equal("dryRun", await ParameterAsync(badFlag));
        Assert.Equal("crs", await ParameterAsync(badCrs));
        Assert.Equal("file", await ParameterAsync(kml));
        Assert.Equal("sheet", await ParameterAsync(sheetOfCsv));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("format", await ParameterAsync(badFormat));
    }

    [DatabaseFact]
    public async Task Importing_needs_an_editor_token()
    {
        using var anonymous = TestTokens.Client(factory, null);
        using var viewer = TestTokens.Client(factory, await TestTokens.CreateAsync(factory, ApiRole.Viewer));
        using var editor = await EditorAsync();
        var (_, _, lon, lat) = await InnerPointAsync(Jinping);
        var csv = string.Create(CultureInfo.InvariantCulture, $"id,name,households,population,lon,lat\napi-auth-1,授权组,5,20,{lon:R},{lat:R}\n");

        using var noToken = await anonymous.PostAsync("/api/v1/imports", Form("a.csv", csv, ("layer", "natural-villages")));
        using var asViewer = await viewer.PostAsync("/api/v1/imports", Form("a.csv", csv, ("layer", "natural-villages")));
        var before = await StateAsync();
        Assert.Equal(HttpStatusCode.Unauthorized, noToken.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, asViewer.StatusCode);
        using var asEditor = await editor.PostAsync("/api/v1/imports", Form("a.csv", csv, ("layer", "natural-villages")));

        Assert.Equal(HttpStatusCode.Created, asEditor.StatusCode);
        Assert.NotEqual(before, await StateAsync());
        Assert.Equal(1L, await ScalarAsync<long>("SELECT count(*) FROM georelief.natural_village WHERE id = 'api-auth-1'"));
    }

    [DatabaseFact]
    public async Task A_county_scoped_editor_cannot_import_rows_of_another_county_and_nothing_is_written()
    {
        using var scoped = TestTokens.Client(factory, await TestTokens.CreateAsync(factory, ApiRole.Editor, Jinping));
        var (_, _, jinpingLon, jinpingLat) = await InnerPointAsync(Jinping);
        var (_, _, otherLon, otherLat) = await InnerPointAsync(Jalaid);
        var mixed = string.Create(CultureInfo.InvariantCulture,
            $"id,name,households,population,lon,lat\nscope-in,县内组,5,20,{jinpingLon:R},{jinpingLat:R}\nscope-out,县外组,6,24,{otherLon:R},{otherLat:R}\n");
        var before = await StateAsync();

        using var refused = await scoped.PostAsync("/api/v1/imports", Form("mixed.csv", mixed, ("layer", "natural-villages")));

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        var problem = await JsonAsync(refused);
        Assert.Equal(Jinping, problem.GetProperty("within").GetString());
        Assert.Equal(1, problem.GetProperty("outsideRows").GetInt64());
        var row = problem.GetProperty("rows").EnumerateArray().Single();
        Assert.Equal((3L, "scope-out"), (row.GetProperty("row").GetInt64(), row.GetProperty("feature").GetString()));
        Assert.StartsWith(Jalaid, row.GetProperty("locatedCodes")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("row 3 (scope-out)", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(4, problem.GetProperty("extent").GetArrayLength());
        Assert.Equal(before, await StateAsync());

        // Moving a feature of the other county into this one touches the other county too: refused as well.
        var otherId = await ScalarAsync<string>("SELECT min(id) FROM georelief.natural_village WHERE village_code LIKE '152223%'");
        var moved = string.Create(CultureInfo.InvariantCulture, $"id,name,households,population,lon,lat\n{otherId},迁入组,5,20,{jinpingLon:R},{jinpingLat:R}\n");
        using var movedIn = await scoped.PostAsync("/api/v1/imports", Form("moved.csv", moved, ("layer", "natural-villages")));
        Assert.Equal(HttpStatusCode.Forbidden, movedIn.StatusCode);
        Assert.Equal(before, await StateAsync());

        var inside = string.Create(CultureInfo.InvariantCulture, $"id,name,households,population,lon,lat\nscope-in,县内组,5,20,{jinpingLon:R},{jinpingLat:R}\n");
        using var accepted = await scoped.PostAsync("/api/v1/imports", Form("inside.csv", inside, ("layer", "natural-villages")));
        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
    }

    private async Task<HttpClient> EditorAsync() => TestTokens.Client(factory, await TestTokens.CreateAsync(factory, ApiRole.Editor));

    /// <summary>data_version, the natural villages, the raw positions and the import batches: what an import would change.</summary>
    private Task<string> StateAsync() => ScalarAsync<string>("""
        SELECT (SELECT version FROM georelief.data_version)::text || ':' ||
               md5((SELECT coalesce(string_agg(t::text, '|' ORDER BY id), '') FROM georelief.natural_village t)) || ':' ||
               (SELECT count(*) FROM georelief.import_raw_position)::text || ':' || (SELECT count(*) FROM georelief.import_batch)::text
        """);

    private async Task<T> ScalarAsync<T>(string sql)
    {
        await using var command = factory.Database.DataSource.CreateCommand(sql);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    private async Task<(string Village, string Township, double Lon, double Lat)> InnerPointAsync(string county)
    {
        await using var command = factory.Database.DataSource.CreateCommand("""
            SELECT code, parent_code, ST_X(p), ST_Y(p)
              FROM georelief.admin_unit CROSS JOIN LATERAL (SELECT ST_PointOnSurface(ST_Buffer(geom, -0.003)) AS p) AS i
             WHERE level = 5 AND code LIKE $1 || '%' AND NOT ST_IsEmpty(p) ORDER BY code LIMIT 1
            """);
        command.Parameters.Add(new Npgsql.NpgsqlParameter { Value = county });
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetString(0), reader.GetString(1), reader.GetDouble(2), reader.GetDouble(3));
    }

    private static MultipartFormDataContent Form(string fileName, string content, params (string Name, string Value)[] fields) =>
        Form(fileName, Encoding.UTF8.GetBytes(content), fields);

    private static MultipartFormDataContent Form(string fileName, byte[] content, params (string Name, string Value)[] fields)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }

        return form;
    }

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }

    private static async Task<string?> ParameterAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        return (await JsonAsync(response)).GetProperty("parameter").GetString();
    }
}
