using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GeoRelief.Data.Auth;
using GeoRelief.Data.Tests;
using GeoRelief.Server.Tests.Layers;

namespace GeoRelief.Server.Tests.Auth;

public sealed class TokenScopeTests(SampleServerFactory factory) : IClassFixture<SampleServerFactory>
{
    private const string Jinping = "522628";
    private const string Jalaid = "152223";

    [DatabaseFact]
    public async Task Writing_without_a_token_or_with_a_wrong_one_is_a_401_saying_how_to_get_one()
    {
        using var anonymous = TestTokens.Client(factory, null);
        using var forged = TestTokens.Client(factory, "grt_0123456789ab_notTheSecret");

        using var none = await LayersApiTests.SendAsync(anonymous, HttpMethod.Post, "/api/v1/facilities", "{}");
        using var wrong = await LayersApiTests.SendAsync(forged, HttpMethod.Delete, "/api/v1/facilities/x", null);

        var details = new List<string?>();
        foreach (var response in new[] { none, wrong })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
            details.Add((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        }

        Assert.All(details, d => Assert.Contains("georelief token create --role editor", d, StringComparison.Ordinal));
        Assert.Contains("not known", details[1], StringComparison.Ordinal);
    }

    [DatabaseFact]
    public async Task A_viewer_may_read_but_not_write_and_an_editor_may_not_read_the_audit()
    {
        using var viewer = TestTokens.Client(factory, await TestTokens.CreateAsync(factory, ApiRole.Viewer));
        using var editor = TestTokens.Client(factory, await TestTokens.CreateAsync(factory, ApiRole.Editor));

        using var read = await viewer.GetAsync(new Uri("/api/v1/facilities?limit=1", UriKind.Relative));
        using var write = await LayersApiTests.SendAsync(viewer, HttpMethod.Post, "/api/v1/facilities", "{}");
        using var audit = await editor.GetAsync(new Uri("/api/v1/audit", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, write.StatusCode);
        Assert.Contains("role viewer, but this needs editor", (await write.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, audit.StatusCode);
        Assert.Contains("needs admin", (await audit.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [DatabaseFact]
    public async Task An_editor_scoped_to_one_county_cannot_touch_a_feature_in_another()
    {
        using var jinpingEditor = TestTokens.Client(factory, await TestTokens.CreateAsync(factory, ApiRole.Editor, Jinping));
        var (lon, lat, _) = await SamplePlaces.InsideVillageAsync(factory, Jalaid, 2);
        var jalaidVillage = await SamplePlaces.NaturalVillageIdAsync(factory, Jalaid);

        using var create = await LayersApiTests.SendAsync(jinpingEditor, HttpMethod.Post, "/api/v1/facilities",
            $$"""{"id": "test-scope-1", "name": "学校", "kind": "school", "geometry": {"type": "Point", "coordinates": {{SamplePlaces.Position(lon, lat)}} } }""");
        using var delete = await LayersApiTests.SendAsync(jinpingEditor, HttpMethod.Delete, "/api/v1/natural-villages/" + jalaidVillage, null);
        using var yearly = await LayersApiTests.SendAsync(jinpingEditor, HttpMethod.Post, "/api/v1/village-years",
            $$"""{"naturalVillageId": "{{jalaidVillage}}", "year": 2098, "registeredPopulation": 10, "poorHouseholds": 1, "poorPopulation": 2}""");

        Assert.Equal(HttpStatusCode.Forbidden, create.StatusCode);
        var problem = await create.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(Jinping, problem.GetProperty("within").GetString());
        Assert.StartsWith(Jalaid, problem.GetProperty("locatedCodes")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, delete.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, yearly.StatusCode);
        Assert.Equal(0, await SamplePlaces.CountAsync(factory, "SELECT count(*) FROM georelief.facility WHERE id = 'test-scope-1'"));
        Assert.Equal(1, await SamplePlaces.CountAsync(factory, "SELECT count(*) FROM georelief.natural_village WHERE id = $1", jalaidVillage));
        Assert.Equal(0, await SamplePlaces.CountAsync(factory, "SELECT count(*) FROM georelief.village_year WHERE year = 2098"));
    }

    [DatabaseFact]
    public async Task Moving_a_feature_out_of_the_tokens_county_is_refused_after_the_move_and_rolled_back()
    {
        using var jinpingEditor = TestTokens.Client(factory, await TestTokens.CreateAsync(factory, ApiRole.Editor, Jinping));
        var (lon, lat, village) = await SamplePlaces.InsideVillageAsync(factory, Jinping, 11);
        var (farLon, farLat, _) = await SamplePlaces.InsideVillageAsync(factory, Jalaid, 4);
        var body = $$"""{"id": "test-scope-2", "name": "卫生室", "kind": "clinic", "geometry": {"type": "Point", "coordinates": {{SamplePlaces.Position(lon, lat)}} } }""";
        using var created = await LayersApiTests.SendAsync(jinpingEditor, HttpMethod.Post, "/api/v1/facilities", body);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var audits = await SamplePlaces.CountAsync(factory, "SELECT count(*) FROM georelief.audit_log WHERE key = 'test-scope-2'");

        using var moved = await LayersApiTests.SendAsync(jinpingEditor, HttpMethod.Put, "/api/v1/facilities/test-scope-2",
            body.Replace(SamplePlaces.Position(lon, lat), SamplePlaces.Position(farLon, farLat), StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.Forbidden, moved.StatusCode);
        using var unscoped = TestTokens.Client(factory, null);
        var stored = await unscoped.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/facilities/test-scope-2", UriKind.Relative));
        Assert.Equal(village, stored.GetProperty("villageCode").GetString());
        Assert.Equal(created.Headers.ETag!.Tag, (await unscoped.GetAsync(new Uri("/api/v1/facilities/test-scope-2", UriKind.Relative))).Headers.ETag!.Tag);
        Assert.Equal(audits, await SamplePlaces.CountAsync(factory, "SELECT count(*) FROM georelief.audit_log WHERE key = 'test-scope-2'"));
    }

    [DatabaseFact]
    public async Task When_reads_require_a_token_anonymous_reads_are_401_and_probes_stay_open()
    {
        var viewerToken = await TestTokens.CreateAsync(factory, ApiRole.Viewer);
        using var guarded = factory.WithWebHostBuilder(b => b.UseSetting("GeoRelief:ReadAuth", "required"));
        using var anonymous = guarded.CreateClient();
        using var viewer = guarded.CreateClient();
        viewer.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", viewerToken);

        using var list = await anonymous.GetAsync(new Uri("/api/v1/natural-villages", UriKind.Relative));
        using var units = await anonymous.GetAsync(new Uri("/api/v1/admin-units", UriKind.Relative));
        using var health = await anonymous.GetAsync(new Uri("/health", UriKind.Relative));
        using var allowed = await viewer.GetAsync(new Uri("/api/v1/natural-villages?limit=1", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, list.StatusCode);
        Assert.Contains("role viewer", (await list.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, units.StatusCode);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
    }
}
