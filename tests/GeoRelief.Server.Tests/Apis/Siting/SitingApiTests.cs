using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GeoRelief.Core.Tiles;
using GeoRelief.Data.Siting;
using GeoRelief.Data.Tests;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace GeoRelief.Server.Tests.Apis.Siting;

public sealed class SitingApiTests(SampleServerFactory factory) : IClassFixture<SampleServerFactory>
{
    [DatabaseFact]
    public async Task A_consistent_matrix_gives_weights_and_an_inconsistent_one_is_refused_naming_the_judgements()
    {
        var client = factory.CreateClient();

        var ok = await client.PostAsync("/api/v1/siting/ahp", Json("""{"criteria": ["slope", "jobs", "school"], "matrix": [[1, 2, 4], [0.5, 1, 2], [0.25, 0.5, 1]]}"""));
        // Saaty (1990), house example, comparison by size: CR 0.117.
        var refused = await client.PostAsync("/api/v1/siting/ahp", Json("""{"criteria": ["a", "b", "c"], "matrix": [[1, 6, 8], [0.16667, 1, 4], [0.125, 0.25, 1]]}"""));

        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        var weights = (await ok.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("weights");
        Assert.Equal(4 / 7.0, weights.GetProperty("slope").GetDouble(), 1e-6);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("0.117", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("'a' vs 'b' was judged 6", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("matrix", problem.GetProperty("parameter").GetString());
    }

    [DatabaseTheory]
    [InlineData("""{"matrix": [[1, 2], [0.5, 1]]}""", "criteria")]
    [InlineData("""{"criteria": ["a", "b"]}""", "matrix")]
    [InlineData("""{"criteria": ["a", "b"], "matrix": [[1, 3], [0.5, 1]]}""", "matrix")]
    public async Task A_malformed_ahp_request_names_the_field_as_the_body_spells_it(string body, string field)
    {
        var client = factory.CreateClient();

        var response = await client.PostAsync("/api/v1/siting/ahp", Json(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(field, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("parameter").GetString());
    }

    [DatabaseTheory]
    [InlineData("/api/v1/siting/allocate", """{"within": "522628", "maxSite": 5}""", "maxSite", "not a field of this request")]
    [InlineData("/api/v1/siting/ahp", """{"criteria": ["a", "b"], "matrix": [[1, "x"], [1, 1]]}""", "matrix[0][1]", "give a number")]
    [InlineData("/api/v1/siting/evaluate", """{"areaCode": 522628}""", "areaCode", "give a text")]
    [InlineData("/api/v1/siting/allocate", """{"within": "522628", "maxSites": "five"}""", "maxSites", "give a whole number")]
    [InlineData("/api/v1/siting/ahp", """{"criteria": ["a", """, "criteria[1]", "not valid JSON (line 1")]
    [InlineData("/api/v1/siting/ahp", "", "body", "is missing")]
    // Candidates and areas the data cannot score: refused by name, not scored as nothing, nor a 500 from GEOS.
    [InlineData("/api/v1/siting/evaluate", """{"candidates": {"type": "FeatureCollection", "features": [{"type": "Feature", "geometry": {"type": "Point", "coordinates": [200, 100]}, "properties": {}}]}}""", "candidates", "'candidates.features[0].geometry' lies outside China")]
    [InlineData("/api/v1/siting/evaluate", """{"candidates": [{"type": "Feature", "geometry": {"type": "Point", "coordinates": [26.6, 109.2]}}]}""", "candidates", "these look swapped")]
    [InlineData("/api/v1/siting/evaluate", """{"candidates": [{"type": "Feature", "geometry": {"type": "Point", "coordinates": [116.4, 39.9]}}]}""", "candidates", "lies in no village of the database; the nearest is")]
    [InlineData("/api/v1/siting/evaluate", """{"candidates": [{"type": "Feature", "geometry": {"type": "Polygon", "coordinates": [[[109.2, 26.6], [109.3, 26.6], [109.2, 26.6]]]}}]}""", "candidates", "'candidates[0].geometry' is not a valid Polygon")]
    [InlineData("/api/v1/siting/evaluate", """{"candidates": [{"type": "Feature", "id": "a", "geometry": {"type": "Point", "coordinates": [109.2, 26.6]}}, {"type": "Feature", "id": "a", "geometry": {"type": "Point", "coordinates": [109.21, 26.6]}}]}""", "candidates", "gives the id 'a' to features 1 and 2")]
    [InlineData("/api/v1/siting/evaluate", """{"areaPolygon": {"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [1, 1], [0, 0]]]}, "cellSizeMetres": 100}""", "areaPolygon", "'areaPolygon' lies outside China")]
    [InlineData("/api/v1/siting/evaluate", """{"areaPolygon": {"type": "Point", "coordinates": [109.2, 26.6]}, "cellSizeMetres": 100}""", "areaPolygon", "is a POINT, but an area is a Polygon or MultiPolygon")]
    // Listed villages and sites: each entry named by its path (a negative capacity was reported under 'villages'; a new
    // site at [200, 0] was allocated at 120,000 minutes a household).
    [InlineData("/api/v1/siting/allocate", """{"villages": [{"id": "522628100201-03"}], "sites": [{"id": "522628-RS01", "capacity": -10}]}""", "sites", "'sites[0].capacity' is -10: it cannot be negative")]
    [InlineData("/api/v1/siting/allocate", """{"villages": [{"id": "522628100201-03"}, {"id": "522628100201-03"}], "sites": [{"id": "522628-RS01"}]}""", "villages", "'villages[1].id' is '522628100201-03' again (villages[0] has it)")]
    [InlineData("/api/v1/siting/allocate", """{"villages": [{"id": "522628100201-03"}], "sites": [{"id": "new", "capacity": 50, "geometry": {"type": "Point", "coordinates": [200, 0]}}]}""", "sites", "'sites[0].geometry' lies outside China")]
    [InlineData("/api/v1/siting/allocate", """{"villages": [{"id": "x"}], "sites": [{"id": "y"}]}""", "villages", "The data has no natural village 'x', relocation site 'y'.")]
    [InlineData("/api/v1/siting/allocate", """{"within": "522628", "timeLimitSeconds": 0}""", "timeLimitSeconds", "must be from 1 to 600 seconds")]
    [InlineData("/api/v1/siting/allocate", """{"within": "522628", "maxTravelMinutes": -5}""", "maxTravelMinutes", "above 0")]
    public async Task A_body_that_cannot_be_read_is_a_400_naming_the_field(string url, string body, string field, string explanation)
    {
        var client = factory.CreateClient();

        var response = await client.PostAsync(url, Json(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(field, problem.GetProperty("parameter").GetString());
        var detail = problem.GetProperty("detail").GetString()!;
        Assert.True(detail.Contains(explanation, StringComparison.Ordinal), detail);
        Assert.DoesNotContain("System.", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("parameter \"", detail, StringComparison.Ordinal);
    }

    [DatabaseFact]
    public async Task Three_candidates_in_Jinping_show_the_excluding_constraint_and_the_main_obstacle()
    {
        var client = factory.CreateClient();
        var inFlood = await ScalarAsync("SELECT ST_AsGeoJSON(ST_PointOnSurface(geom)) FROM georelief.constraint_zone WHERE kind = 'flood_zone' AND id LIKE '522628%' LIMIT 1");
        var site = await ScalarAsync("SELECT ST_AsGeoJSON(geom) FROM georelief.relocation_site WHERE id LIKE '522628%' ORDER BY id LIMIT 1");
        var seat = await ScalarAsync("SELECT ST_AsGeoJSON(ST_Translate(geom, 0.01, 0.01)) FROM georelief.facility WHERE kind = 'township_seat' AND township_code LIKE '522628%' ORDER BY id LIMIT 1");
        var body = $$$"""
            {"candidates": {"type": "FeatureCollection", "features": [
              {"type": "Feature", "id": "flood", "geometry": {{{inFlood}}}, "properties": {}},
              {"type": "Feature", "id": "site", "geometry": {{{site}}}, "properties": {}},
              {"type": "Feature", "properties": {"id": "near-seat"}, "geometry": {{{seat}}}}]},
             "sourceVillageIds": []}
            """;

        var response = await client.PostAsync("/api/v1/siting/evaluate", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sites = (await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().ToArray();
        Assert.Equal(["flood", "site", "near-seat"], sites.Select(s => s.GetProperty("id").GetString()));
        Assert.Equal("excluded", sites[0].GetProperty("class").GetString());
        Assert.Contains("flood_zone", sites[0].GetProperty("failed").EnumerateArray().Select(f => f.GetString()));
        Assert.All(sites[1..], s => Assert.True(s.GetProperty("passed").GetBoolean(), s.GetRawText()));
        Assert.All(sites, s => Assert.Equal(7, s.GetProperty("factors").GetArrayLength()));
        Assert.All(sites, s => Assert.Matches("^(flat|N|NE|E|SE|S|SW|W|NW)$", s.GetProperty("aspect").GetString()));
        Assert.All(sites.Where(s => s.GetProperty("aspect").GetString() != "flat"), s => Assert.InRange(s.GetProperty("aspectDegrees").GetDouble(), 0, 360));
        Assert.All(sites[1..], s =>
        {
            var obstacle = s.GetProperty("mainObstacle").GetString();
            var degrees = s.GetProperty("factors").EnumerateArray().ToDictionary(f => f.GetProperty("name").GetString()!, f => f.GetProperty("obstacleDegree").GetDouble());
            Assert.Equal(degrees.Values.Max(), degrees[obstacle!], 1e-9);
            Assert.Equal(degrees.First(d => d.Value >= degrees.Values.Max() - 1e-9).Key, obstacle);
            Assert.Equal(1, degrees.Values.Sum(), 1e-3);
        });
    }

    [DatabaseFact]
    public async Task A_grid_over_a_polygon_is_stored_and_served_as_tiles_GeoTIFF_and_cells()
    {
        var client = factory.CreateClient();
        var polygon = await ScalarAsync("SELECT ST_AsGeoJSON(ST_Buffer(ST_PointOnSurface(geom), 0.02)) FROM georelief.admin_unit WHERE code = '522628'");

        var evaluated = await client.PostAsync("/api/v1/siting/evaluate",
            new StringContent($$"""{"areaPolygon": {{polygon}}, "cellSizeMetres": 200}""", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, evaluated.StatusCode);
        var run = await evaluated.Content.ReadFromJsonAsync<JsonElement>();
        var id = run.GetProperty("run").GetInt64();
        var cells = run.GetProperty("cells").GetInt32();
        Assert.InRange(cells, 250, 400); // π·(≈2 km)² / 0.04 km²
        Assert.Equal(cells, run.GetProperty("cellsPerClass").EnumerateObject().Sum(c => c.Value.GetInt32()));

        var tiff = await client.GetByteArrayAsync($"/api/v1/siting/runs/{id}.tif");
        Assert.Equal("II*"u8.ToArray(), tiff[..3]);
        var listed = await client.GetFromJsonAsync<JsonElement>($"/api/v1/siting/runs/{id}/cells?limit=5000");
        Assert.Equal(cells, listed.GetArrayLength());

        var centre = await ScalarAsync("SELECT ST_X(ST_PointOnSurface(geom)) || ',' || ST_Y(ST_PointOnSurface(geom)) FROM georelief.admin_unit WHERE code = '522628'");
        var (x, y) = Tile(12, centre);
        var tile = await client.GetAsync($"/tiles/suitability/12/{x}/{y}.mvt?run={id}");
        Assert.Equal(HttpStatusCode.OK, tile.StatusCode);
        Assert.Equal("application/vnd.mapbox-vector-tile", tile.Content.Headers.ContentType?.MediaType);
        Assert.True((await tile.Content.ReadAsByteArrayAsync()).Length > 100);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/tiles/suitability/12/{x}/{y}.mvt?run=999999")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync($"/tiles/suitability/12/{x}/{y}.mvt")).StatusCode);
    }

    [DatabaseFact]
    public async Task Suitability_tiles_of_the_county_grid_stay_under_500_KB_keep_every_class_and_say_when_generalised()
    {
        var client = factory.CreateClient();
        var evaluated = await client.PostAsync("/api/v1/siting/evaluate", Json("""{"areaCode": "522628", "cellSizeMetres": 100}"""));
        Assert.Equal(HttpStatusCode.OK, evaluated.StatusCode);
        var run = await evaluated.Content.ReadFromJsonAsync<JsonElement>();
        var id = run.GetProperty("run").GetInt64();
        var perClass = run.GetProperty("cellsPerClass").EnumerateObject().Where(c => c.Value.GetInt32() > 0).ToDictionary(c => c.Name, c => c.Value.GetInt32());
        var box = (await ScalarAsync("SELECT concat_ws(',', ST_XMin(b), ST_YMin(b), ST_XMax(b), ST_YMax(b)) FROM (SELECT ST_Extent(geom)::geometry AS b FROM georelief.admin_unit WHERE code = '522628') e"))
            .Split(',').Select(v => double.Parse(v, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        Assert.True(perClass.Count >= 3, run.GetRawText());

        foreach (var z in new[] { 8, 10, 12 })
        {
            var cellsPerClass = new Dictionary<string, long>(StringComparer.Ordinal);
            var shown = 0L;
            foreach (var tile in TileRange.Covering(new TileBounds(box[0], box[1], box[2], box[3]), z).Tiles())
            {
                var bytes = await client.GetByteArrayAsync($"/tiles/suitability/{tile}.mvt?run={id}");
                Assert.True(bytes.Length < 500 * 1024, $"{tile} is {bytes.Length:N0} bytes");
                var layers = VectorTileReader.Read(bytes);
                if (layers.Count == 0)
                {
                    continue;
                }

                var features = layers.Single(l => l.Name == "suitability").Features;
                foreach (var f in features)
                {
                    var cls = (string)f.Attributes["class"];
                    cellsPerClass[cls] = cellsPerClass.GetValueOrDefault(cls) + Convert.ToInt64(f.Attributes["cells"], System.Globalization.CultureInfo.InvariantCulture);
                }

                var meta = layers.SingleOrDefault(l => l.Name == TileMetaLayer.Name);
                if (z < 12)
                {
                    // Cells under 2 px are merged: the tile says so, with the cells it drew and the features it drew them as.
                    Assert.NotNull(meta);
                    var said = meta.Features.Single().Attributes;
                    Assert.Equal("suitability", said["layer"]);
                    Assert.Equal(true, said["thinned"]);
                    Assert.Equal(features.Sum(f => Convert.ToInt64(f.Attributes["cells"], System.Globalization.CultureInfo.InvariantCulture)), Convert.ToInt64(said["total"], System.Globalization.CultureInfo.InvariantCulture));
                    Assert.Equal(features.Count, Convert.ToInt64(said["shown"], System.Globalization.CultureInfo.InvariantCulture));
                    shown += features.Count;
                }
                else
                {
                    // A cell is about 3 px at z12: one square per cell, nothing merged.
                    Assert.Null(meta);
                    Assert.All(features, f => Assert.Equal(1L, Convert.ToInt64(f.Attributes["cells"], System.Globalization.CultureInfo.InvariantCulture)));
                }
            }

            Assert.True(z == 12 || shown * 5 < cellsPerClass.Values.Sum(), $"z{z}: {shown} features for {cellsPerClass.Values.Sum()} cells");
            Assert.True(perClass.Keys.All(cellsPerClass.ContainsKey), $"z{z}: classes {string.Join(", ", cellsPerClass.Keys)} of {string.Join(", ", perClass.Keys)}");
            if (z >= 10)
            {
                // At block size 1 runs hold cells of their own class only: every cell is drawn in its class (cells on tile edges twice).
                Assert.All(perClass, c => Assert.True(cellsPerClass[c.Key] >= c.Value, $"z{z} {c.Key}: {cellsPerClass[c.Key]} < {c.Value}"));
            }
        }
    }

    [DatabaseFact]
    public async Task Allocation_keeps_villages_whole_within_capacity_and_an_impossible_one_says_how_many_households_are_short()
    {
        var client = factory.CreateClient();
        var villages = (await ScalarAsync("SELECT string_agg(id, ',' ORDER BY id) FROM (SELECT id FROM georelief.natural_village WHERE id LIKE '522628%' ORDER BY id LIMIT 12) v")).Split(',');
        var households = int.Parse(await ScalarAsync($"SELECT sum(households)::text FROM georelief.natural_village WHERE id = ANY (string_to_array('{string.Join(',', villages)}', ','))"), System.Globalization.CultureInfo.InvariantCulture);
        var sites = (await ScalarAsync("SELECT string_agg(id, ',' ORDER BY id) FROM (SELECT id FROM georelief.relocation_site WHERE id LIKE '522628%' ORDER BY id LIMIT 3) s")).Split(',');

        var ok = await client.PostAsJsonAsync("/api/v1/siting/allocate", new
        {
            villages = villages.Select(v => new { id = v }),
            sites = sites.Select(s => new { id = s, capacity = households }),
        });
        var short_ = await client.PostAsJsonAsync("/api/v1/siting/allocate", new
        {
            villages = villages.Select(v => new { id = v }),
            sites = sites.Select(s => new { id = s, capacity = 10 }),
        });

        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        var outcome = await ok.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("optimal", outcome.GetProperty("status").GetString());
        Assert.Equal(0, outcome.GetProperty("gap").GetDouble());
        Assert.Equal(villages.Length, outcome.GetProperty("assignments").GetArrayLength());
        Assert.Equal(households, outcome.GetProperty("utilisation").EnumerateArray().Sum(u => u.GetProperty("households").GetInt32()));
        Assert.Equal(villages.Length * sites.Length, outcome.GetProperty("pairsByCostMethod").EnumerateObject().Sum(p => p.Value.GetInt32()));
        // With room everywhere, each village goes to its cheapest site.
        Assert.All(outcome.GetProperty("assignments").EnumerateArray(), a => Assert.True(a.GetProperty("costPerHousehold").GetDouble() >= 0));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, short_.StatusCode);
        var problem = await short_.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains($"short by {households - 30} households", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [DatabaseFact]
    public async Task The_default_county_allocation_is_answered_with_utilisation_and_never_costs_more_than_the_recorded_plan()
    {
        var client = factory.CreateClient();
        // The recorded plan's cost computed here, apart from the allocator's own check: the same problem, the recorded pairs.
        var allocator = factory.Services.GetRequiredService<SitingAllocator>();
        var (problem, _, error) = await allocator.BuildAsync(await allocator.DefaultRequestAsync("522628", CancellationToken.None), CancellationToken.None);
        Assert.Null(error);
        Assert.NotNull(problem);
        var recordedSite = (await ScalarAsync(
                "SELECT string_agg(natural_village_id || '=' || site_id, ',') FROM georelief.relocation_source WHERE site_id LIKE '522628%'"))
            .Split(',').Select(p => p.Split('=')).ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);
        var siteIndex = problem.Sites.Select((site, i) => (site.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        var recordedCost = problem.Villages.Select((v, i) => v.Households * problem.Cost[i][siteIndex[recordedSite[v.Id]]]).Sum();

        var response = await client.PostAsJsonAsync("/api/v1/siting/allocate", new { within = "522628" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var outcome = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Matches("^(optimal|feasible)$", outcome.GetProperty("status").GetString());
        Assert.True(outcome.GetProperty("recordedPlan").GetProperty("fits").GetBoolean(), outcome.GetProperty("recordedPlan").GetRawText());
        Assert.Equal(recordedCost, outcome.GetProperty("recordedPlan").GetProperty("objective").GetDouble(), 1e-6);
        Assert.True(outcome.GetProperty("objective").GetDouble() <= recordedCost + 1e-6, $"{outcome.GetProperty("objective").GetDouble()} > recorded {recordedCost}");
        Assert.InRange(outcome.GetProperty("gap").GetDouble(), 0, 1);
        var assignments = outcome.GetProperty("assignments").EnumerateArray().ToArray();
        Assert.Equal(problem.Villages.Select(v => v.Id).Order(StringComparer.Ordinal), assignments.Select(a => a.GetProperty("villageId").GetString()!).Order(StringComparer.Ordinal));
        var utilisation = outcome.GetProperty("utilisation").EnumerateArray().ToArray();
        Assert.Equal(problem.Sites.Count, utilisation.Length);
        Assert.All(utilisation, u =>
        {
            var households = assignments.Where(a => a.GetProperty("siteId").GetString() == u.GetProperty("siteId").GetString()).Sum(a => a.GetProperty("households").GetInt32());
            Assert.Equal(households, u.GetProperty("households").GetInt32());
            Assert.True(households <= u.GetProperty("capacity").GetInt32(), u.GetRawText());
            Assert.Equal((double)households / u.GetProperty("capacity").GetInt32(), u.GetProperty("utilisation").GetDouble(), 1e-9);
        });
        Assert.Equal(problem.TotalDemand, utilisation.Sum(u => u.GetProperty("households").GetInt32()));
    }

    private static StringContent Json(string body) => new(body, System.Text.Encoding.UTF8, "application/json");

    private async Task<string> ScalarAsync(string sql)
    {
        // The server loads the sample on start; a client makes sure it has started.
        factory.CreateClient().Dispose();
        await using var dataSource = NpgsqlDataSource.Create(factory.Database.ConnectionString);
        await using var command = dataSource.CreateCommand(sql);
        return (string)(await command.ExecuteScalarAsync())!;
    }

    private static (int X, int Y) Tile(int z, string lonLat)
    {
        var parts = lonLat.Split(',').Select(p => double.Parse(p, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var n = 1 << z;
        var x = (int)((parts[0] + 180) / 360 * n);
        var lat = parts[1] * Math.PI / 180;
        var y = (int)((1 - (Math.Log(Math.Tan(lat) + (1 / Math.Cos(lat))) / Math.PI)) / 2 * n);
        return (x, y);
    }
}
