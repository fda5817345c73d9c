using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GeoRelief.Core.Tiles;
using GeoRelief.Data.Tests;
using GeoRelief.Data.Tiles;

namespace GeoRelief.Server.Tests.Tiles;

public sealed class TilesApiTests(TileServerFactory factory) : IClassFixture<TileServerFactory>
{
    // 锦屏县 lies in tile 8/205/108; 扎赉特旗 far to the north-east.
    private const string Jinping8 = "8/205/108";

    private static readonly string[] RoadClassesAtZoom8 = ["national", "provincial", "county", "township"];

    [DatabaseFact]
    public async Task Admin_at_zoom_8_holds_the_15_townships_of_Jinping_with_their_attributes()
    {
        using var client = factory.CreateClient();
        var layer = Assert.Single(await TileClient.LayersAsync(client, $"/tiles/admin/{Jinping8}.mvt"));

        Assert.Equal("admin", layer.Name);
        Assert.Equal(2, layer.Version);
        Assert.Equal(4096, layer.Extent);
        Assert.Equal(15, layer.Features.Count);
        Assert.All(layer.Features, f =>
        {
            Assert.Equal(VectorTileGeometryType.Polygon, f.GeometryType);
            Assert.StartsWith("522628", (string)f.Attributes["code"], StringComparison.Ordinal);
            Assert.Equal(4L, Convert.ToInt64(f.Attributes["level"], System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal("522628", f.Attributes["parent_code"]);
            Assert.False(string.IsNullOrEmpty((string)f.Attributes["name"]));
            // Inside the tile plus its 64-unit buffer; exterior rings clockwise on screen (MVT 2.1).
            Assert.All(f.Parts.SelectMany(p => p), p => Assert.InRange(p.X, -64, 4160));
            Assert.True(VectorTileFeature.RingArea(f.Parts[0]) > 0);
        });
        Assert.Contains(layer.Features, f => (string)f.Attributes["name"] == "三江镇");
    }

    [DatabaseFact]
    public async Task Admin_switches_from_counties_to_townships_to_villages_by_zoom()
    {
        using var client = factory.CreateClient();
        var counties = Assert.Single(await TileClient.LayersAsync(client, "/tiles/admin/7/102/54.mvt"));
        var villages = Assert.Single(await TileClient.LayersAsync(client, "/tiles/admin/11/1645/866.mvt"));

        Assert.Contains(counties.Features, f => (string)f.Attributes["code"] == "522628");
        Assert.All(counties.Features, f => Assert.Equal(6, ((string)f.Attributes["code"]).Length));
        Assert.NotEmpty(villages.Features);
        Assert.All(villages.Features, f => Assert.Equal(12, ((string)f.Attributes["code"]).Length));
    }

    [DatabaseFact]
    public async Task Several_layers_come_in_request_order_and_clustering_is_declared_in_meta()
    {
        using var client = factory.CreateClient();
        var layers = await TileClient.LayersAsync(client, $"/tiles/roads,natural-villages,admin/{Jinping8}.mvt");

        Assert.Equal(["roads", "natural-villages", "admin", "_meta"], layers.Select(l => l.Name));
        var villages = layers[1];
        var meta = layers[3].Features.Single(f => (string)f.Attributes["layer"] == "natural-villages");
        var total = villages.Features.Sum(f => Convert.ToInt64(f.Attributes["cluster_count"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal((ulong)total, meta.Attributes["total"]);
        Assert.Equal((ulong)villages.Features.Count, meta.Attributes["shown"]);
        Assert.True(villages.Features.Count < total);
        var cluster = villages.Features.First(f => Convert.ToInt64(f.Attributes["cluster_count"], System.Globalization.CultureInfo.InvariantCulture) > 1);
        Assert.InRange(Convert.ToInt64(cluster.Attributes["expands_at_zoom"], System.Globalization.CultureInfo.InvariantCulture), 9, 12);
        Assert.False(cluster.Attributes.ContainsKey("id"));
        // Roads below their zoom of appearance are thinned and said to be.
        Assert.Contains(layers[3].Features, f => (string)f.Attributes["layer"] == "roads");
        Assert.All(layers[0].Features, f => Assert.Contains((string)f.Attributes["class"], RoadClassesAtZoom8));
    }

    [DatabaseFact]
    public async Task Natural_villages_are_single_points_with_their_own_attributes_from_zoom_12()
    {
        using var client = factory.CreateClient();
        var layers = await TileClient.LayersAsync(client, "/tiles/natural-villages/12/3290/1734.mvt");

        var villages = Assert.Single(layers);
        Assert.NotEmpty(villages.Features);
        Assert.All(villages.Features, f =>
        {
            Assert.Equal(1L, Convert.ToInt64(f.Attributes["cluster_count"], System.Globalization.CultureInfo.InvariantCulture));
            Assert.StartsWith("522628", (string)f.Attributes["id"], StringComparison.Ordinal);
            Assert.False(f.Attributes.ContainsKey("expands_at_zoom"));
        });
    }

    [DatabaseFact]
    public async Task Poverty_density_classes_every_township_with_the_requested_classification()
    {
        using var client = factory.CreateClient();
        var layer = Assert.Single(await TileClient.LayersAsync(client, $"/tiles/poverty-density/{Jinping8}.mvt?year=2016&method=quantile&k=4&indicator=incidence"));

        Assert.Equal(15, layer.Features.Count);
        Assert.All(layer.Features, f =>
        {
            Assert.Equal(2016L, Convert.ToInt64(f.Attributes["year"], System.Globalization.CultureInfo.InvariantCulture));
            var poor = Convert.ToDouble(f.Attributes["poor_population"], System.Globalization.CultureInfo.InvariantCulture);
            var population = Convert.ToDouble(f.Attributes["population"], System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(100 * poor / population, Convert.ToDouble(f.Attributes["incidence_pct"], System.Globalization.CultureInfo.InvariantCulture), 2);
            Assert.InRange(Convert.ToInt64(f.Attributes["class"], System.Globalization.CultureInfo.InvariantCulture), 0, 3);
        });
        // Quantiles over the 33 townships of both counties: Jinping's 15 cannot all fall in one class.
        Assert.True(layer.Features.Select(f => f.Attributes["class"]).Distinct().Count() > 1);
        var latest = Assert.Single(await TileClient.LayersAsync(client, $"/tiles/poverty-density/{Jinping8}.mvt"));
        Assert.All(latest.Features, f => Assert.Equal(2020L, Convert.ToInt64(f.Attributes["year"], System.Globalization.CultureInfo.InvariantCulture)));
    }

    [DatabaseFact]
    public async Task Thematic_layers_carry_their_documented_kinds()
    {
        using var client = factory.CreateClient();
        var layers = await TileClient.LayersAsync(client, "/tiles/road-coverage,relocation,job-access/10/822/433.mvt");

        Assert.Equal(["road-coverage", "relocation", "job-access"], layers.Select(l => l.Name));
        Assert.Equal(["natural_village", "road", "township"], layers[0].Features.Select(f => (string)f.Attributes["kind"]).Distinct().Order());
        var township = layers[0].Features.First(f => (string)f.Attributes["kind"] == "township");
        Assert.InRange(Convert.ToDouble(township.Attributes["coverage_pct"], System.Globalization.CultureInfo.InvariantCulture), 0, 100);
        Assert.Contains(layers[1].Features, f => (string)f.Attributes["kind"] == "site");
        Assert.Contains(layers[1].Features, f => (string)f.Attributes["kind"] == "source_link" && f.GeometryType == VectorTileGeometryType.LineString);
        Assert.Contains(layers[2].Features, f => (string)f.Attributes["kind"] == "natural_village"
            && Convert.ToInt64(f.Attributes["jobs_within_reach"], System.Globalization.CultureInfo.InvariantCulture) > 0);
        // Every attribute in a tile is documented in the catalog.
        foreach (var layer in layers)
        {
            var documented = TileLayerCatalog.Find(layer.Name)!.Fields.Select(f => f.Name).ToHashSet();
            Assert.All(layer.Features.SelectMany(f => f.Attributes.Keys), key => Assert.Contains(key, documented));
        }
    }

    [DatabaseTheory]
    [InlineData("/tiles/admin/23/0/0.mvt", "z", "from 0 to 22")]
    [InlineData("/tiles/admin/17/0/0.mvt", "z", "up to zoom 16")]
    [InlineData("/tiles/admin/3/8/0.mvt", "x", "from 0 to 7")]
    [InlineData("/tiles/admin/3/0/-1.mvt", "y", "whole number")]
    [InlineData("/tiles/admin/x/0/0.mvt", "z", "whole number")]
    [InlineData("/tiles/admin,admin/3/0/0.mvt", "layers", "twice")]
    [InlineData("/tiles/poverty-density/3/0/0.mvt?year=2013", "year", "from 2014 to 2020")]
    [InlineData("/tiles/poverty-density/3/0/0.mvt?k=2", "k", "from 3 to 9")]
    [InlineData("/tiles/poverty-density/3/0/0.mvt?method=natural", "method", "jenks, quantile, equal or headtail")]
    [InlineData("/tiles/poverty-density/3/0/0.mvt?indicator=count", "indicator", "density")]
    public async Task A_bad_tile_request_is_a_400_problem_naming_the_parameter(string url, string parameter, string explanation)
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(parameter, problem.GetProperty("parameter").GetString());
        Assert.Contains(explanation, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [DatabaseTheory]
    [InlineData("/tiles/admin,villages/3/0/0.mvt")]
    [InlineData("/tiles/villages.json")]
    public async Task An_unknown_layer_is_a_404_problem_listing_the_known_ones(string url)
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var detail = problem.GetProperty("detail").GetString()!;
        Assert.Contains("'villages'", detail, StringComparison.Ordinal);
        Assert.All(TileLayerCatalog.All, l => Assert.Contains(l.Name, detail, StringComparison.Ordinal));
    }

    [DatabaseFact]
    public async Task A_tile_has_a_strong_etag_and_if_none_match_answers_304()
    {
        using var client = factory.CreateClient();
        var url = $"/tiles/admin,roads/{Jinping8}.mvt";
        var first = await TileClient.FetchAsync(client, url);
        var second = await TileClient.FetchAsync(client, url);
        var revalidated = await TileClient.FetchAsync(client, url, first.ETag);
        var stale = await TileClient.FetchAsync(client, url, "\"0123\"");

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.StartsWith("\"", first.ETag, StringComparison.Ordinal);
        Assert.Equal(first.ETag, second.ETag);
        Assert.Equal(first.Bytes, second.Bytes);
        Assert.Equal("hit", second.Cache);
        Assert.Equal(HttpStatusCode.NotModified, revalidated.Status);
        Assert.Empty(revalidated.Bytes);
        Assert.Equal(HttpStatusCode.OK, stale.Status);
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal("application/vnd.mapbox-vector-tile", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("public, no-cache", response.Headers.CacheControl?.ToString());
    }

    [DatabaseFact]
    public async Task TileJson_describes_the_layer_with_its_url_zooms_bounds_and_fields()
    {
        using var client = factory.CreateClient();
        var json = await client.GetFromJsonAsync<JsonElement>(new Uri("/tiles/poverty-density.json?year=2018&k=7", UriKind.Relative));

        Assert.Equal("3.0.0", json.GetProperty("tilejson").GetString());
        Assert.Equal("http://localhost/tiles/poverty-density/{z}/{x}/{y}.mvt?year=2018&k=7", json.GetProperty("tiles")[0].GetString());
        Assert.Equal(0, json.GetProperty("minzoom").GetInt32());
        Assert.Equal(16, json.GetProperty("maxzoom").GetInt32());
        var bounds = json.GetProperty("bounds").EnumerateArray().Select(b => b.GetDouble()).ToArray();
        await using (var extent = factory.Database.DataSource.CreateCommand(
            "SELECT ARRAY[ST_XMin(e), ST_YMin(e), ST_XMax(e), ST_YMax(e)] FROM (SELECT ST_Extent(geom)::box2d AS e FROM georelief.admin_unit) x"))
        {
            var expected = (double[])(await extent.ExecuteScalarAsync())!;
            Assert.Equal(expected, bounds, (a, b) => Math.Abs(a - b) < 1e-6);
        }
        var layer = json.GetProperty("vector_layers")[0];
        Assert.Equal("poverty-density", layer.GetProperty("id").GetString());
        var fields = layer.GetProperty("fields").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal(TileLayerCatalog.Find("poverty-density")!.Fields.Select(f => f.Name), fields);
        var villages = await client.GetFromJsonAsync<JsonElement>(new Uri("/tiles/natural-villages.json", UriKind.Relative));
        Assert.Equal("_meta", villages.GetProperty("vector_layers")[1].GetProperty("id").GetString());
    }
}
