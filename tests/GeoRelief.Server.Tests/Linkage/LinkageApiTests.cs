using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GeoRelief.Data.Tests;

namespace GeoRelief.Server.Tests.Linkage;

public sealed class LinkageApiTests(SampleServerFactory factory) : IClassFixture<SampleServerFactory>
{
    [DatabaseFact]
    public async Task Mismatches_list_declared_and_located_codes_with_the_distance()
    {
        using var client = factory.CreateClient();
        await using (var command = factory.Database.DataSource.CreateCommand("""
            INSERT INTO georelief.natural_village (id, name, declared_village_code, village_code, township_code, households, population, geom)
            SELECT 'declared-elsewhere', '错报组', d.code, l.code, l.parent_code, 10, 40, ST_PointOnSurface(l.geom)
              FROM (SELECT code, parent_code, geom FROM georelief.admin_unit WHERE level = 5 AND code LIKE '522628%' ORDER BY code LIMIT 1) AS l,
                   (SELECT code FROM georelief.admin_unit WHERE level = 5 AND code LIKE '152223%' ORDER BY code LIMIT 1) AS d
            """))
        {
            await command.ExecuteNonQueryAsync();
        }

        var all = await client.GetFromJsonAsync<JsonElement[]>("/api/v1/linkage/mismatches?layer=natural-villages&within=152223");

        var m = Assert.Single(all!, e => e.GetProperty("id").GetString() == "declared-elsewhere");
        Assert.StartsWith("152223", m.GetProperty("declaredVillageCode").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("522628", m.GetProperty("villageCode").GetString(), StringComparison.Ordinal);
        Assert.True(m.GetProperty("distanceM").GetDouble() > 500_000);
    }

    [DatabaseFact]
    public async Task A_layer_without_declared_codes_is_a_bad_parameter()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/api/v1/linkage/mismatches?layer=roads");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("layer", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("parameter").GetString());
    }
}
