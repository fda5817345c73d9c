using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GeoRelief.Data.Tests;

namespace GeoRelief.Server.Tests.Apis;

public sealed class AdminUnitsApiTests(SampleServerFactory factory) : IClassFixture<SampleServerFactory>
{
    // The 2023 NBS codes of 锦屏县's 15 townships (data/divisions/divisions.csv, from china-division 2.7.0).
    private static readonly string[] JinpingTownships =
    [
        "522628100", "522628101", "522628102", "522628103", "522628104", "522628105", "522628106",
        "522628200", "522628201", "522628202", "522628203", "522628204", "522628205", "522628206", "522628207",
    ];

    [DatabaseFact]
    public async Task Townships_of_Jinping_are_its_15_with_their_official_codes_and_areas()
    {
        var units = await GetUnitsAsync("/api/v1/admin-units?level=township&within=522628");

        Assert.Equal(JinpingTownships, units.Select(u => u.GetProperty("code").GetString()));
        Assert.All(units, u =>
        {
            Assert.Equal(4, u.GetProperty("level").GetInt32());
            Assert.Equal("522628", u.GetProperty("parentCode").GetString());
            Assert.True(u.GetProperty("areaKm2").GetDouble() > 1);
        });
        Assert.Equal("三江镇", units[0].GetProperty("name").GetString());
        // The townships tile the county: their areas add up to the county's (≈ 1,597 km²).
        var county = await GetUnitAsync("522628");
        Assert.Equal(county.GetProperty("areaKm2").GetDouble(), units.Sum(u => u.GetProperty("areaKm2").GetDouble()), 0.1);
        Assert.InRange(county.GetProperty("areaKm2").GetDouble(), 1597 * 0.95, 1597 * 1.05);
    }

    [DatabaseFact]
    public async Task Jalaid_banner_has_18_townships()
    {
        var units = await GetUnitsAsync("/api/v1/admin-units?level=township&within=152223");

        Assert.Equal(18, units.Count);
        Assert.All(units, u => Assert.StartsWith("152223", u.GetProperty("code").GetString(), StringComparison.Ordinal));
    }

    [DatabaseFact]
    public async Task Level_accepts_a_number_and_within_accepts_a_township()
    {
        var villages = await GetUnitsAsync("/api/v1/admin-units?level=5&within=522628100");

        Assert.NotEmpty(villages);
        Assert.All(villages, v => Assert.Equal("522628100", v.GetProperty("parentCode").GetString()));
    }

    [DatabaseFact]
    public async Task Limit_and_offset_page_through_the_list()
    {
        var all = await GetUnitsAsync("/api/v1/admin-units?level=township&within=522628");
        var page = await GetUnitsAsync("/api/v1/admin-units?level=township&within=522628&limit=5&offset=10");

        Assert.Equal(all.Skip(10).Take(5).Select(Code), page.Select(Code));
    }

    [DatabaseFact]
    public async Task A_county_reports_what_lies_within_it()
    {
        var county = await GetUnitAsync("522628");

        Assert.Equal("锦屏县", county.GetProperty("name").GetString());
        Assert.Equal(3, county.GetProperty("level").GetInt32());
        Assert.Equal("5226", county.GetProperty("parentCode").GetString());
        Assert.Equal(15, county.GetProperty("children").GetInt64());
        Assert.True(county.GetProperty("naturalVillages").GetInt64() > 115);
        Assert.True(county.GetProperty("roadsKm").GetDouble() > county.GetProperty("hardenedRoadsKm").GetDouble());
        Assert.True(county.GetProperty("hardenedRoadsKm").GetDouble() > 0);
        Assert.True(county.GetProperty("relocationSites").GetInt64() > 0);
        Assert.True(county.GetProperty("industrialBases").GetInt64() > 0);
        var bbox = county.GetProperty("bbox").EnumerateArray().Select(c => c.GetDouble()).ToArray();
        Assert.InRange(bbox[0], 108.5, 109.2);
        Assert.InRange(bbox[3], 26.68, 27.2);
    }

    [DatabaseFact]
    public async Task Counts_of_the_townships_add_up_to_the_county()
    {
        var county = await GetUnitAsync("522628");
        var townships = new List<JsonElement>();
        foreach (var code in JinpingTownships)
        {
            townships.Add(await GetUnitAsync(code));
        }

        Assert.Equal(county.GetProperty("naturalVillages").GetInt64(), townships.Sum(t => t.GetProperty("naturalVillages").GetInt64()));
        Assert.Equal(county.GetProperty("relocationSites").GetInt64(), townships.Sum(t => t.GetProperty("relocationSites").GetInt64()));
        Assert.Equal(county.GetProperty("roadsKm").GetDouble(), townships.Sum(t => t.GetProperty("roadsKm").GetDouble()), 0.1);
    }

    [DatabaseTheory]
    [InlineData("/api/v1/admin-units?level=town", "level", "province, prefecture, county, township, village")]
    [InlineData("/api/v1/admin-units?within=52262", "within", "has 5 digits")]
    [InlineData("/api/v1/admin-units?within=5226x8", "within", "digits only")]
    [InlineData("/api/v1/admin-units?limit=0", "limit", "from 1 to 10000")]
    [InlineData("/api/v1/admin-units?offset=-3", "offset", "whole number")]
    [InlineData("/api/v1/admin-units/52262899", "code", "has 8 digits")]
    [InlineData("/api/v1/admin-units?withn=522628", "withn", "it takes level, within, limit, offset")]
    public async Task A_malformed_parameter_is_a_400_problem_that_names_it(string url, string parameter, string explanation)
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(parameter, problem.GetProperty("parameter").GetString());
        Assert.Contains(parameter, problem.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Contains(explanation, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [DatabaseTheory]
    [InlineData("/api/v1/admin-units/522699")]
    [InlineData("/api/v1/admin-units?level=township&within=522699")]
    public async Task An_unknown_code_is_a_404_problem(string url)
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("522699", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    private static string? Code(JsonElement unit) => unit.GetProperty("code").GetString();

    private async Task<List<JsonElement>> GetUnitsAsync(string url)
    {
        using var client = factory.CreateClient();
        var units = await client.GetFromJsonAsync<List<JsonElement>>(new Uri(url, UriKind.Relative));
        return units!;
    }

    private async Task<JsonElement> GetUnitAsync(string code)
    {
        using var client = factory.CreateClient();
        return await client.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/admin-units/" + code, UriKind.Relative));
    }
}
