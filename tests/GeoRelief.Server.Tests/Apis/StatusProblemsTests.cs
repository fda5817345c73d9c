using System.Net;
using System.Text;
using System.Text.Json;
using GeoRelief.Data.Tests;

namespace GeoRelief.Server.Tests.Apis;

public sealed class StatusProblemsTests(SampleServerFactory factory) : IClassFixture<SampleServerFactory>
{
    [DatabaseFact]
    public async Task A_path_nothing_is_served_at_says_where_the_endpoints_are_listed()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/api/v2/admin-units", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var detail = (await ProblemAsync(response)).GetProperty("detail").GetString();
        Assert.Contains("/api/v2/admin-units", detail, StringComparison.Ordinal);
        Assert.Contains("/openapi/v1.json", detail, StringComparison.Ordinal);
    }

    [DatabaseFact]
    public async Task A_body_sent_as_a_form_says_the_endpoint_reads_json()
    {
        using var client = factory.CreateClient();
        using var body = new StringContent("""{"criteria": ["a", "b"], "matrix": [[1, 2], [0.5, 1]]}""", Encoding.UTF8, "application/x-www-form-urlencoded");

        using var response = await client.PostAsync(new Uri("/api/v1/siting/ahp", UriKind.Relative), body);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        var problem = await ProblemAsync(response);
        Assert.Equal("Content-Type", problem.GetProperty("parameter").GetString());
        Assert.Contains("is application/x-www-form-urlencoded", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("'Content-Type: application/json'", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }
}
