using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GeoRelief.Data.Tests;

namespace GeoRelief.Server.Tests.Apis;

public sealed class HealthApiTests(SampleServerFactory factory) : IClassFixture<SampleServerFactory>
{
    [DatabaseFact]
    public async Task Health_reports_the_database_versions_and_the_data_version()
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var health = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("healthy", health.GetProperty("status").GetString());
        var database = health.GetProperty("database");
        Assert.True(database.GetProperty("reachable").GetBoolean());
        Assert.Equal("external", database.GetProperty("kind").GetString());
        Assert.StartsWith("15", database.GetProperty("postgreSql").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("3.", database.GetProperty("postGis").GetString(), StringComparison.Ordinal);
        // Loading the sample changed the data, so the version moved on from the migration's 1.
        Assert.True(health.GetProperty("dataVersion").GetInt64() > 1);
        Assert.Contains("synthetic geometry", health.GetProperty("notice").GetString(), StringComparison.Ordinal);
    }

    [DatabaseFact]
    public async Task Ready_once_started()
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(new Uri("/ready", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [DatabaseFact]
    public async Task The_OpenAPI_document_describes_the_admin_units_api()
    {
        using var client = factory.CreateClient();
        var document = await client.GetFromJsonAsync<JsonElement>(new Uri("/openapi/v1.json", UriKind.Relative));

        var paths = document.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/v1/admin-units", out _));
        Assert.True(paths.TryGetProperty("/api/v1/admin-units/{code}", out _));
        Assert.True(paths.TryGetProperty("/health", out _));
    }
}
