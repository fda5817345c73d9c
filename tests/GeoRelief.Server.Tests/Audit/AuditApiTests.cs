using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GeoRelief.Data.Auth;
using GeoRelief.Data.Tests;
using GeoRelief.Server.Tests.Auth;
using GeoRelief.Server.Tests.Layers;

namespace GeoRelief.Server.Tests.Audit;

public sealed class AuditApiTests(SampleServerFactory factory) : IClassFixture<SampleServerFactory>
{
    [DatabaseFact]
    public async Task Every_change_is_audited_with_who_and_the_feature_before_and_after()
    {
        var editorToken = await TestTokens.CreateAsync(factory, ApiRole.Editor);
        using var editor = TestTokens.Client(factory, editorToken);
        using var admin = TestTokens.Client(factory, await TestTokens.CreateAsync(factory, ApiRole.Admin));
        var (lon, lat, _) = await SamplePlaces.InsideVillageAsync(factory, "152223", 9);
        var body = $$"""{"id": "test-audit-1", "name": "扶贫车间", "kind": "workshop", "jobs": 30, "poorEmployed": 12, "geometry": {"type": "Point", "coordinates": {{SamplePlaces.Position(lon, lat)}} } }""";

        using (await LayersApiTests.SendAsync(editor, HttpMethod.Post, "/api/v1/industrial-bases", body)) { }
        using (await LayersApiTests.SendAsync(editor, HttpMethod.Put, "/api/v1/industrial-bases/test-audit-1", body.Replace("\"jobs\": 30", "\"jobs\": 45", StringComparison.Ordinal))) { }
        using (await LayersApiTests.SendAsync(editor, HttpMethod.Delete, "/api/v1/industrial-bases/test-audit-1", null)) { }
        var entries = (await admin.GetFromJsonAsync<JsonElement[]>(new Uri("/api/v1/audit?layer=industrial-bases&key=test-audit-1", UriKind.Relative)))!;

        Assert.Equal(["delete", "update", "create"], entries.Select(e => e.GetProperty("action").GetString()));
        var tokenId = editorToken.Split('_')[1];
        Assert.All(entries, e => Assert.Equal(tokenId, e.GetProperty("tokenId").GetString()));
        var update = entries[1];
        Assert.Equal(30, update.GetProperty("before").GetProperty("jobs").GetInt32());
        Assert.Equal(45, update.GetProperty("after").GetProperty("jobs").GetInt32());
        Assert.Equal("扶贫车间", update.GetProperty("after").GetProperty("name").GetString());
        Assert.Equal("Point", update.GetProperty("after").GetProperty("geometry").GetProperty("type").GetString());
        Assert.Equal(JsonValueKind.Null, entries[2].GetProperty("before").ValueKind);
        Assert.Equal(JsonValueKind.Null, entries[0].GetProperty("after").ValueKind);
        Assert.Equal(45, entries[0].GetProperty("before").GetProperty("jobs").GetInt32());
    }

    [DatabaseFact]
    public async Task Audit_filters_are_checked_and_reading_needs_a_token()
    {
        using var admin = TestTokens.Client(factory, await TestTokens.CreateAsync(factory, ApiRole.Admin));
        using var anonymous = TestTokens.Client(factory, null);

        using var badLayer = await admin.GetAsync(new Uri("/api/v1/audit?layer=villages", UriKind.Relative));
        using var badSince = await admin.GetAsync(new Uri("/api/v1/audit?since=yesterday", UriKind.Relative));
        using var future = await admin.GetAsync(new Uri("/api/v1/audit?since=2999-01-01", UriKind.Relative));
        using var noToken = await anonymous.GetAsync(new Uri("/api/v1/audit", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, badLayer.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badSince.StatusCode);
        Assert.Empty((await future.Content.ReadFromJsonAsync<JsonElement[]>())!);
        Assert.Equal(HttpStatusCode.Unauthorized, noToken.StatusCode);
    }
}
