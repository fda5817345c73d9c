using GeoRelief.Data.Tests;
using System.Text.Json.Nodes;

namespace GeoRelief.Server.Tests.Ogc;

public sealed class OgcGdalTests(KestrelSampleServer server) : IClassFixture<KestrelSampleServer>
{
    [GdalFact]
    public async Task Ogrinfo_lists_every_collection_over_OGC_API_Features()
    {
        var (exitCode, output) = await ExternalTool.RunAsync("ogrinfo", null, "-ro", "-q", $"OAPIF:{server.BaseUrl}/ogc");

        Assert.Equal(0, exitCode);
        foreach (var name in new[] { "admin-units", "natural-villages", "roads", "facilities", "relocation-sites", "industrial-bases", "constraint-zones" })
        {
            Assert.Contains($": {name} (", output, StringComparison.Ordinal);
        }
    }

    [GdalFact]
    public async Task Ogrinfo_summarises_natural_villages_and_ogr2ogr_copies_every_facility()
    {
        var (infoCode, info) = await ExternalTool.RunAsync("ogrinfo", null, "-ro", "-so", $"OAPIF:{server.BaseUrl}/ogc", "natural-villages");
        var path = Path.Combine(Path.GetTempPath(), $"georelief-facilities-{Guid.NewGuid():N}.geojson");
        try
        {
            var (copyCode, copyOutput) = await ExternalTool.RunAsync("ogr2ogr", null, "-f", "GeoJSON", path, $"OAPIF:{server.BaseUrl}/ogc", "facilities");

            Assert.Equal(0, infoCode);
            Assert.Contains("Geometry: Point", info, StringComparison.Ordinal);
            Assert.Contains("Feature Count: 2299", info, StringComparison.Ordinal);
            Assert.Contains("households: Integer", info, StringComparison.Ordinal);
            Assert.True(copyCode == 0, copyOutput);
            var copied = JsonNode.Parse(await File.ReadAllTextAsync(path))!["features"]!.AsArray();
            using var client = new HttpClient();
            var matched = (long)JsonNode.Parse(await client.GetStringAsync(new Uri($"{server.BaseUrl}/ogc/collections/facilities/items?limit=1")))!["numberMatched"]!;
            Assert.Equal(matched, copied.Count);
            Assert.All(copied, f => Assert.False(string.IsNullOrEmpty((string?)f!["properties"]!["kind"])));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
