using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GeoRelief.Data.Tests;

namespace GeoRelief.Server.Tests.Apis;

public sealed class CoordinatesApiTests(SampleServerFactory factory) : IClassFixture<SampleServerFactory>
{
    [DatabaseFact]
    public async Task GCJ02_converts_to_CGCS2000_as_published_and_back()
    {
        using var client = factory.CreateClient();

        // 铜仁市 in hujiulong/gcoord's china-cities fixture: GCJ-02 (109.1896029, 27.7315202) is WGS84 (109.1850122, 27.7347803).
        var answer = await client.GetFromJsonAsync<JsonElement>("/api/v1/coordinates/convert?from=GCJ-02&to=CGCS2000&lon=109.1896029&lat=27.7315202");
        var back = await client.GetFromJsonAsync<JsonElement>("/api/v1/coordinates/convert?from=EPSG:4490&to=gcj02&lon=109.1850122&lat=27.7347803");

        Assert.Equal(("GCJ-02", "EPSG:4490"), (answer.GetProperty("from").GetString(), answer.GetProperty("to").GetString()));
        Assert.Equal(109.1850122, answer.GetProperty("output").GetProperty("x").GetDouble(), 5e-5);
        Assert.Equal(27.7347803, answer.GetProperty("output").GetProperty("y").GetDouble(), 5e-5);
        Assert.Equal(109.1896029, back.GetProperty("output").GetProperty("x").GetDouble(), 5e-5);
    }

    [DatabaseFact]
    public async Task BD09_to_a_Gauss_Kruger_zone_gives_metres_with_the_zone_prefix()
    {
        using var client = factory.CreateClient();

        var answer = await client.GetFromJsonAsync<JsonElement>("/api/v1/coordinates/convert?from=BD-09&to=EPSG:4524&lon=109.21&lat=26.68");

        Assert.InRange(answer.GetProperty("output").GetProperty("x").GetDouble(), 36_500_000, 36_700_000);
        Assert.InRange(answer.GetProperty("output").GetProperty("y").GetDouble(), 2_900_000, 3_000_000);
    }

    [DatabaseTheory]
    [InlineData("from=MARS&to=EPSG:4490&lon=1&lat=2", "from")]
    [InlineData("from=GCJ-02&lon=1&lat=2", "to")]
    [InlineData("from=GCJ-02&to=EPSG:4490&lon=abc&lat=2", "lon")]
    [InlineData("from=GCJ-02&to=EPSG:4490&lon=109", "lat")]
    // Degrees out of range: GCJ-02 would have passed them through unchanged, as if converted.
    [InlineData("from=GCJ-02&to=WGS84&lon=200&lat=0", "lon")]
    [InlineData("from=EPSG:4490&to=EPSG:4524&lon=109.2&lat=126.6", "lat")]
    public async Task A_bad_parameter_is_named(string query, string parameter)
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/api/v1/coordinates/convert?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(parameter, problem.GetProperty("parameter").GetString());
        // The request's parameter is named; the C# parameter that .NET appends to an ArgumentException is not.
        Assert.DoesNotContain("(Parameter", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
