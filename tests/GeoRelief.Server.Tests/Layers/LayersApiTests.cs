using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using GeoRelief.Data.Auth;
using GeoRelief.Data.Tests;
using GeoRelief.Server.Tests.Auth;

namespace GeoRelief.Server.Tests.Layers;

public sealed class LayersApiTests(SampleServerFactory factory) : IClassFixture<SampleServerFactory>
{
    private const string Jinping = "522628";

    [DatabaseFact]
    public async Task A_natural_village_round_trips_and_is_linked_to_the_village_it_lies_in()
    {
        var (lon, lat, village) = await SamplePlaces.InsideVillageAsync(factory, Jinping, 3);
        var created = await RoundTripAsync(
            "natural-villages",
            "test-nv-1",
            $$"""{"id": "test-nv-1", "name": "新寨组", "households": 42, "population": 160, "geometry": {"type": "Point", "coordinates": {{SamplePlaces.Position(lon, lat)}} } }""",
            $$"""{"name": "新寨组", "households": 45, "population": 171, "geometry": {"type": "Point", "coordinates": {{SamplePlaces.Position(lon, lat)}} } }""",
            "households", 45);

        Assert.Equal(village, created.GetProperty("villageCode").GetString());
        Assert.Equal(village[..9], created.GetProperty("townshipCode").GetString());
        Assert.Equal("新寨组", created.GetProperty("name").GetString());
    }

    [DatabaseFact]
    public async Task An_id_holding_a_slash_stays_reachable_escaped_in_its_urls()
    {
        // Imports take any text as an id; ASP.NET Core leaves an escaped '/' (%2F) in a route value undecoded.
        var (lon, lat, _) = await SamplePlaces.InsideVillageAsync(factory, Jinping, 5);
        var position = SamplePlaces.Position(lon, lat);
        await RoundTripAsync(
            "facilities",
            "test%2Ff-1",
            $$"""{"id": "test/f-1", "name": "卫生室", "kind": "clinic", "geometry": {"type": "Point", "coordinates": {{position}} } }""",
            $$"""{"name": "卫生室", "kind": "school", "geometry": {"type": "Point", "coordinates": {{position}} } }""",
            "kind", "school");
    }

    [DatabaseFact]
    public async Task A_road_round_trips_and_is_cut_into_township_pieces_whose_lengths_add_up()
    {
        var (lon1, lat1, _) = await SamplePlaces.InsideVillageAsync(factory, Jinping, 0);
        var (lon2, lat2, _) = await SamplePlaces.InsideVillageAsync(factory, Jinping, 60);
        var line = $$"""{"type": "LineString", "coordinates": [{{SamplePlaces.Position(lon1, lat1)}}, {{SamplePlaces.Position(lon2, lat2)}}]}""";
        await RoundTripAsync(
            "roads",
            "test-road-1",
            $$"""{"id": "test-road-1", "name": "测试公路", "class": "county", "surface": "gravel", "status": "existing", "geometry": {{line}} }""",
            $$"""{"name": "测试公路", "class": "county", "surface": "asphalt", "status": "existing", "yearBuilt": 2019, "geometry": {{line}} }""",
            "surface", "asphalt",
            async () =>
            {
                Assert.True(await SamplePlaces.CountAsync(factory, "SELECT count(*) FROM georelief.road_piece WHERE road_id = 'test-road-1'") >= 2);
                var difference = await SamplePlaces.CountAsync(factory, """
                    SELECT round(abs((SELECT sum(length_m) FROM georelief.road_piece WHERE road_id = 'test-road-1')
                                   - (SELECT ST_Length(geom::geography) FROM georelief.road WHERE id = 'test-road-1')))
                    """);
                Assert.Equal(0, difference);
            });

        Assert.Equal(0, await SamplePlaces.CountAsync(factory, "SELECT count(*) FROM georelief.road_piece WHERE road_id = 'test-road-1'"));
    }

    [DatabaseFact]
    public async Task A_constraint_zone_polygon_round_trips_as_a_multipolygon()
    {
        var (lon, lat, _) = await SamplePlaces.InsideVillageAsync(factory, Jinping, 5);
        var ring = string.Join(", ", new[] { (-1, -1), (1, -1), (1, 1), (-1, 1), (-1, -1) }.Select(d => SamplePlaces.Position(lon + (d.Item1 * 0.001), lat + (d.Item2 * 0.001))));
        var polygon = $$"""{"type": "Polygon", "coordinates": [[{{ring}}]]}""";
        var created = await RoundTripAsync(
            "constraint-zones",
            "test-zone-1",
            $$"""{"id": "test-zone-1", "name": "滑坡隐患点", "kind": "geohazard", "riskLevel": "high", "geometry": {{polygon}} }""",
            $$"""{"name": "滑坡隐患点", "kind": "geohazard", "riskLevel": "medium", "geometry": {{polygon}} }""",
            "riskLevel", "medium");

        Assert.Equal("MultiPolygon", created.GetProperty("geometry").GetProperty("type").GetString());
    }

    [DatabaseFact]
    public async Task Yearly_figures_without_geometry_round_trip_under_their_two_part_key()
    {
        var villageId = await SamplePlaces.NaturalVillageIdAsync(factory, Jinping);
        await RoundTripAsync(
            "village-years",
            villageId + ":2099",
            $$"""{"naturalVillageId": "{{villageId}}", "year": 2099, "registeredPopulation": 300, "poorHouseholds": 4, "poorPopulation": 15}""",
            """{"registeredPopulation": 300, "poorHouseholds": 3, "poorPopulation": 11, "exitedHouseholds": 1}""",
            "poorPopulation", 11);
    }

    [DatabaseFact]
    public async Task Validation_names_every_wrong_field_with_what_to_do()
    {
        using var client = TestTokens.Client(factory, await TestTokens.CreateAsync(factory, ApiRole.Editor));

        var problem = await PostForProblemAsync(client, "natural-villages", """
            {"id": "test-bad-1", "households": -5, "population": "many", "colour": "red",
             "geometry": {"type": "Point", "coordinates": [26.7, 109.2]}}
            """, HttpStatusCode.UnprocessableEntity);

        var errors = problem.GetProperty("errors");
        Assert.Contains("required", Message(errors, "name"), StringComparison.Ordinal);
        Assert.Contains("0 or more", Message(errors, "households"), StringComparison.Ordinal);
        Assert.Contains("whole number", Message(errors, "population"), StringComparison.Ordinal);
        Assert.Contains("not an attribute", Message(errors, "colour"), StringComparison.Ordinal);
        Assert.Contains("swapped", Message(errors, "geometry"), StringComparison.Ordinal);
        Assert.Equal(0, await SamplePlaces.CountAsync(factory, "SELECT count(*) FROM georelief.natural_village WHERE id = 'test-bad-1'"));
    }

    [DatabaseTheory]
    [InlineData("village-years", """{"naturalVillageId": "x", "year": 2099, "registeredPopulation": 100, "poorHouseholds": 3, "poorPopulation": 120}""", "poorPopulation", "more than 'registeredPopulation'")]
    [InlineData("relocation-sites", """{"id": "s", "name": "安置点", "kind": "concentrated", "status": "planned", "plannedHouseholds": 10, "plannedPersons": 40, "movedInHouseholds": 12, "progressPct": 120, "geometry": {"type": "Point", "coordinates": [109.2, 26.7]}}""", "movedInHouseholds", "more than 'plannedHouseholds'")]
    [InlineData("relocation-sites", """{"id": "s", "name": "安置点", "kind": "concentrated", "status": "planned", "plannedHouseholds": 10, "plannedPersons": 40, "progressPct": 120, "geometry": {"type": "Point", "coordinates": [109.2, 26.7]}}""", "progressPct", "from 0 to 100")]
    [InlineData("roads", """{"id": "r", "class": "highway", "surface": "asphalt", "status": "existing", "geometry": {"type": "LineString", "coordinates": [[109.2, 26.7], [109.3, 26.7]]}}""", "class", "national, provincial, county, township, village, group")]
    [InlineData("roads", """{"id": "r", "class": "county", "surface": "asphalt", "status": "existing", "geometry": {"type": "Point", "coordinates": [109.2, 26.7]}}""", "geometry", "holds LineStrings")]
    [InlineData("relocation-sites", """{"id": "s", "name": "安置点", "kind": "concentrated", "status": "planned", "plannedHouseholds": 10, "plannedPersons": 40, "startDate": "2019/3/1", "geometry": {"type": "Point", "coordinates": [109.2, 26.7]}}""", "startDate", "yyyy-mm-dd")]
    [InlineData("facilities", """{"id": "f", "name": "卫生室", "kind": "clinic", "geometry": {"type": "Point", "coordinates": [2.35, 48.85]}}""", "geometry", "outside China")]
    [InlineData("facilities", """{"id": "f", "name": "卫生室", "kind": "clinic", "geometry": {"type": "Point", "coordinates": [112.9, 28.2]}}""", "geometry", "lies in no village of the database; the nearest is ")]
    [InlineData("roads", """{"id": "r", "class": "county", "surface": "asphalt", "status": "existing", "geometry": {"type": "LineString", "coordinates": [[112.9, 28.2], [113.0, 28.2]]}}""", "geometry", "touches no village of the database; the nearest is ")]
    [InlineData("facilities", """{"id": "f", "name": "卫生室", "kind": "clinic", "geometry": {"type": "Point", "coordinates": [109.2, 26.7], "crs": {"type": "name", "properties": {"name": "EPSG:4547"}} } }""", "geometry", "EPSG:4547")]
    [InlineData("facilities", """{"id": "f", "name": "卫生室", "kind": "clinic", "geometry": {"type": "Pointy", "coordinates": [109.2, 26.7]}}""", "geometry", "PostGIS can read")]
    // PostgreSQL cannot store U+0000 (was a 500); a stray space would make another feature of the same id.
    [InlineData("facilities", """{"id": "f", "name": "卫\u0000生室", "kind": "clinic", "geometry": {"type": "Point", "coordinates": [109.2, 26.7]}}""", "name", "the control character U+0000 at position 2")]
    [InlineData("relocation-sites", """{"id": "s", "name": "安置点", "kind": "concentrated", "status": "planned", "plannedHouseholds": 10, "plannedPersons": 40, "facilities": ["school\u0007"], "geometry": {"type": "Point", "coordinates": [109.2, 26.7]}}""", "facilities", "U+0007")]
    [InlineData("facilities", """{"id": " f", "name": "卫生室", "kind": "clinic", "geometry": {"type": "Point", "coordinates": [109.2, 26.7]}}""", "id", "with spaces at its start or end")]
    public async Task A_rule_of_the_catalogue_is_a_422_naming_the_field(string layer, string body, string field, string explanation)
    {
        using var client = TestTokens.Client(factory, await TestTokens.CreateAsync(factory, ApiRole.Editor));

        var problem = await PostForProblemAsync(client, layer, body, HttpStatusCode.UnprocessableEntity);

        Assert.Contains(explanation, Message(problem.GetProperty("errors"), field), StringComparison.Ordinal);
    }

    [DatabaseFact]
    public async Task Malformed_json_is_a_400_that_says_where()
    {
        using var client = TestTokens.Client(factory, await TestTokens.CreateAsync(factory, ApiRole.Editor));

        var problem = await PostForProblemAsync(client, "facilities", """{"id": "f", "name": }""", HttpStatusCode.BadRequest);

        Assert.Equal("body", problem.GetProperty("parameter").GetString());
        Assert.Contains("line 1", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [DatabaseFact]
    public async Task An_unknown_layer_is_a_404_listing_the_layers()
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(new Uri("/api/v1/villages", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("natural-villages, village-years, roads", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [DatabaseFact]
    public async Task Lists_page_within_a_unit_and_a_box()
    {
        using var client = factory.CreateClient();
        var all = await client.GetFromJsonAsync<JsonElement[]>(new Uri($"/api/v1/natural-villages?within={Jinping}100&limit=10000", UriKind.Relative));
        var page = await client.GetFromJsonAsync<JsonElement[]>(new Uri($"/api/v1/natural-villages?within={Jinping}100&limit=5&offset=3", UriKind.Relative));
        var defaultPage = await client.GetFromJsonAsync<JsonElement[]>(new Uri("/api/v1/natural-villages", UriKind.Relative));

        Assert.True(all!.Length > 8);
        Assert.All(all, v => Assert.StartsWith(Jinping + "100", v.GetProperty("villageCode").GetString(), StringComparison.Ordinal));
        Assert.Equal(all.Skip(3).Take(5).Select(Id), page!.Select(Id));
        Assert.Equal(100, defaultPage!.Length);

        var first = all[0].GetProperty("geometry").GetProperty("coordinates");
        var (lon, lat) = (first[0].GetDouble(), first[1].GetDouble());
        var inBox = await client.GetFromJsonAsync<JsonElement[]>(new Uri(FormattableString.Invariant($"/api/v1/natural-villages?bbox={lon - 1e-6},{lat - 1e-6},{lon + 1e-6},{lat + 1e-6}"), UriKind.Relative));
        Assert.Contains(Id(all[0]), inBox!.Select(Id));
    }

    [DatabaseFact]
    public async Task A_misspelt_list_parameter_is_a_400_not_the_whole_layer()
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(new Uri($"/api/v1/natural-villages?withn={Jinping}100", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("withn", problem.GetProperty("parameter").GetString());
        Assert.Contains("within, bbox, limit, offset, format", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [DatabaseFact]
    public async Task Csv_export_starts_with_the_bom_and_holds_the_chinese_names()
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(new Uri($"/api/v1/natural-villages?within={Jinping}&format=csv", UriKind.Relative));
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("id,name,declared_village_code,households,population,village_code,township_code,lon,lat", lines[0].TrimEnd('\r'));
        var expected = await SamplePlaces.CountAsync(factory, "SELECT count(*) FROM georelief.natural_village WHERE village_code LIKE '522628%'");
        Assert.Equal(expected, lines.Length - 1);
        Assert.All(lines.Skip(1), l => Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", l.Split(',')[1]));

        using var roads = await client.GetAsync(new Uri($"/api/v1/roads?within={Jinping}&format=csv&limit=3", UriKind.Relative));
        var roadLines = (await roads.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.EndsWith(",wkt", roadLines[0].TrimEnd('\r'), StringComparison.Ordinal);
        Assert.Contains("\"LINESTRING(", roadLines[1], StringComparison.Ordinal);
    }

    [DatabaseFact]
    public async Task GeoJson_export_parses_as_a_feature_collection_of_the_whole_unit()
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(new Uri($"/api/v1/relocation-sites?within={Jinping}&format=geojson", UriKind.Relative));

        Assert.Equal("application/geo+json", response.Content.Headers.ContentType?.MediaType);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStreamAsync());
        Assert.Equal("FeatureCollection", document.RootElement.GetProperty("type").GetString());
        var features = document.RootElement.GetProperty("features").EnumerateArray().ToList();
        Assert.Equal(await SamplePlaces.CountAsync(factory, "SELECT count(*) FROM georelief.relocation_site WHERE village_code LIKE '522628%'"), features.Count);
        Assert.All(features, f =>
        {
            Assert.Equal("Point", f.GetProperty("geometry").GetProperty("type").GetString());
            Assert.StartsWith(Jinping, f.GetProperty("properties").GetProperty("village_code").GetString(), StringComparison.Ordinal);
            Assert.Equal(f.GetProperty("id").GetString(), f.GetProperty("properties").GetProperty("id").GetString());
        });
    }

    [DatabaseFact]
    public async Task A_stale_if_match_is_a_412_and_changes_nothing()
    {
        using var client = TestTokens.Client(factory, await TestTokens.CreateAsync(factory, ApiRole.Editor));
        var (lon, lat, _) = await SamplePlaces.InsideVillageAsync(factory, Jinping, 7);
        var body = $$"""{"id": "test-f-412", "name": "集市", "kind": "market", "geometry": {"type": "Point", "coordinates": {{SamplePlaces.Position(lon, lat)}} } }""";
        using var created = await SendAsync(client, HttpMethod.Post, "/api/v1/facilities", body);
        var firstTag = created.Headers.ETag!;
        using var changed = await SendAsync(client, HttpMethod.Put, "/api/v1/facilities/test-f-412", body.Replace("集市", "农贸市场", StringComparison.Ordinal), firstTag);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEqual(firstTag, changed.Headers.ETag);

        using var stale = await SendAsync(client, HttpMethod.Put, "/api/v1/facilities/test-f-412", body.Replace("集市", "旧名", StringComparison.Ordinal), firstTag);
        using var staleDelete = await SendAsync(client, HttpMethod.Delete, "/api/v1/facilities/test-f-412", null, firstTag);

        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, staleDelete.StatusCode);
        var problem = await stale.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(changed.Headers.ETag!.Tag, problem.GetProperty("currentETag").GetString());
        var stored = await client.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/facilities/test-f-412", UriKind.Relative));
        Assert.Equal("农贸市场", stored.GetProperty("name").GetString());
    }

    [DatabaseFact]
    public async Task A_get_with_the_current_etag_in_if_none_match_is_a_304()
    {
        using var client = factory.CreateClient();
        var id = await SamplePlaces.NaturalVillageIdAsync(factory, Jinping);
        using var first = await client.GetAsync(new Uri("/api/v1/natural-villages/" + id, UriKind.Relative));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/natural-villages/" + id);
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var second = await client.SendAsync(request);

        Assert.False(first.Headers.ETag!.IsWeak);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    [DatabaseFact]
    public async Task A_write_the_database_refuses_leaves_nothing_behind()
    {
        using var client = TestTokens.Client(factory, await TestTokens.CreateAsync(factory, ApiRole.Editor));
        var auditBefore = await SamplePlaces.CountAsync(factory, "SELECT count(*) FROM georelief.audit_log");

        var problem = await PostForProblemAsync(client, "village-years", """{"naturalVillageId": "no-such-village", "year": 2099, "registeredPopulation": 10, "poorHouseholds": 1, "poorPopulation": 2}""", HttpStatusCode.UnprocessableEntity);

        Assert.Contains("does not exist", Message(problem.GetProperty("errors"), "naturalVillageId"), StringComparison.Ordinal);
        Assert.Equal(0, await SamplePlaces.CountAsync(factory, "SELECT count(*) FROM georelief.village_year WHERE natural_village_id = 'no-such-village'"));
        Assert.Equal(auditBefore, await SamplePlaces.CountAsync(factory, "SELECT count(*) FROM georelief.audit_log"));
    }

    private async Task<JsonElement> RoundTripAsync(string layer, string key, string createBody, string replaceBody, string changedField, object changedValue, Func<Task>? afterCreate = null)
    {
        using var client = TestTokens.Client(factory, await TestTokens.CreateAsync(factory, ApiRole.Editor, Jinping));
        var url = $"/api/v1/{layer}/{key}";

        using var created = await SendAsync(client, HttpMethod.Post, $"/api/v1/{layer}", createBody);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(url, created.Headers.Location?.OriginalString.Replace("%3A", ":", StringComparison.Ordinal));
        var createdFeature = await created.Content.ReadFromJsonAsync<JsonElement>();
        using var again = await SendAsync(client, HttpMethod.Post, $"/api/v1/{layer}", createBody);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        if (afterCreate is not null)
        {
            await afterCreate();
        }

        using var read = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(created.Headers.ETag, read.Headers.ETag);
        Assert.Equal(createdFeature.GetRawText(), (await read.Content.ReadFromJsonAsync<JsonElement>()).GetRawText());

        using var replaced = await SendAsync(client, HttpMethod.Put, url, replaceBody, read.Headers.ETag);
        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        var replacedFeature = await replaced.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(JsonSerializer.Serialize(changedValue), replacedFeature.GetProperty(changedField).GetRawText());

        using var deleted = await SendAsync(client, HttpMethod.Delete, url, null, replaced.Headers.ETag);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        using var gone = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        return createdFeature;
    }

    internal static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string url, string? body, EntityTagHeaderValue? ifMatch = null)
    {
        using var request = new HttpRequestMessage(method, url);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        if (ifMatch is not null)
        {
            request.Headers.IfMatch.Add(ifMatch);
        }

        return await client.SendAsync(request);
    }

    internal static async Task<JsonElement> PostForProblemAsync(HttpClient client, string layer, string body, HttpStatusCode status)
    {
        using var response = await SendAsync(client, HttpMethod.Post, $"/api/v1/{layer}", body);
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    internal static string Message(JsonElement errors, string field) =>
        errors.TryGetProperty(field, out var messages)
            ? string.Join(" ", messages.EnumerateArray().Select(m => m.GetString()))
            : throw new Xunit.Sdk.XunitException($"No error for '{field}' in {errors.GetRawText()}");

    private static string? Id(JsonElement feature) => feature.GetProperty("id").GetString();
}
