using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GeoRelief.Data.Imports;
using GeoRelief.Data.Layers;
using GeoRelief.Data.Tests;
using GeoRelief.Server.Tests.Ogc;

namespace GeoRelief.Server.Tests.Layers;

/// <summary>Layers exported as Excel workbooks, read back by GDAL and by GeoRelief's own import.</summary>
public sealed class LayerExcelExportTests(SampleServerFactory factory) : IClassFixture<SampleServerFactory>
{
    [GdalFact]
    public async Task A_workbook_keeps_codes_as_text_and_counts_as_numbers_and_imports_back_unchanged()
    {
        using var client = factory.CreateClient();
        var count = (await client.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/natural-villages?within=522628&limit=10000", UriKind.Relative))).GetArrayLength();
        using var response = await client.GetAsync(new Uri("/api/v1/natural-villages?within=522628&format=xlsx", UriKind.Relative));
        var path = await SaveAsync(response, "natural-villages.xlsx");
        try
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal("natural-villages-522628.xlsx", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
            var (exit, info) = await ExternalTool.RunAsync("ogrinfo", null, "-ro", "-so", path, "natural-villages");
            Assert.True(exit == 0, info);
            Assert.Contains($"Feature Count: {count}", info, StringComparison.Ordinal);
            Assert.Contains("declared_village_code: String", info, StringComparison.Ordinal);
            Assert.Contains("village_code: String", info, StringComparison.Ordinal);
            Assert.Contains("households: Integer", info, StringComparison.Ordinal);
            Assert.Contains("lon: Real", info, StringComparison.Ordinal);

            var report = await new FeatureImporter(factory.Database.DataSource, factory.Database.ConnectionString)
                .ImportAsync(new ImportRequest(path, "natural-villages.xlsx", LayerCatalog.NaturalVillages, null, DryRun: true, false, false, null), CancellationToken.None);

            Assert.Equal((0L, 0L, 0L, (long)count), (report.Errors, report.Inserted, report.Updated, report.Unchanged));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [GdalFact]
    public async Task Dates_are_date_cells_and_lists_are_joined_as_in_the_csv()
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(new Uri("/api/v1/relocation-sites?within=522628&format=xlsx", UriKind.Relative));
        var path = await SaveAsync(response, "relocation-sites.xlsx");
        try
        {
            var (exit, info) = await ExternalTool.RunAsync("ogrinfo", null, "-ro", "-so", path, "relocation-sites");
            var (copied, csv) = await ExternalTool.RunAsync("ogr2ogr", null, "-f", "CSV", "/vsistdout/", path);

            Assert.True(exit == 0, info);
            Assert.Contains("start_date: Date", info, StringComparison.Ordinal);
            Assert.True(copied == 0, csv);
            Assert.Matches(@"\d{4}/\d{2}/\d{2}", csv);
            Assert.Contains("kindergarten;clinic", csv, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [DatabaseFact]
    public async Task A_format_is_named_not_numbered()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/api/v1/roads?format=3", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("xlsx", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    private static async Task<string> SaveAsync(HttpResponseMessage response, string name)
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("georelief-xlsx-").FullName, name);
        await File.WriteAllBytesAsync(path, await response.Content.ReadAsByteArrayAsync());
        return path;
    }
}
