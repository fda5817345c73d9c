using System.Net;
using System.Text.Json.Nodes;
using GeoRelief.Data.Layers;
using GeoRelief.Data.Tests;
using GeoRelief.Server.Tests.Tiles;

namespace GeoRelief.Server.Tests.Ogc;

public sealed class OgcApiTests(SampleServerFactory factory) : IClassFixture<SampleServerFactory>
{
    private static async Task<(HttpResponseMessage Response, JsonNode Body)> GetJsonAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.RelativeOrAbsolute));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (response, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }

    private static JsonNode Link(JsonNode document, string rel, string? type = null) =>
        Assert.Single(document["links"]!.AsArray(), l => (string)l!["rel"]! == rel && (type is null || (string)l["type"]! == type))!;

    [DatabaseFact]
    public async Task The_landing_page_links_itself_the_API_definition_conformance_and_data()
    {
        using var client = factory.CreateClient();
        var (response, landing) = await GetJsonAsync(client, "/ogc");

        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.EndsWith("/ogc?f=json", (string)Link(landing, "self", "application/json")["href"]!, StringComparison.Ordinal);
        Assert.EndsWith("/ogc?f=html", (string)Link(landing, "alternate", "text/html")["href"]!, StringComparison.Ordinal);
        Assert.EndsWith("/openapi/v1.json", (string)Link(landing, "service-desc")["href"]!, StringComparison.Ordinal);
        Assert.EndsWith("/ogc/conformance", (string)Link(landing, "conformance", "application/json")["href"]!, StringComparison.Ordinal);
        Assert.EndsWith("/ogc/collections", (string)Link(landing, "data", "application/json")["href"]!, StringComparison.Ordinal);
        // Every link the landing page gives answers.
        foreach (var link in landing["links"]!.AsArray())
        {
            using var followed = await client.GetAsync(new Uri((string)link!["href"]!));
            Assert.Equal(HttpStatusCode.OK, followed.StatusCode);
        }
    }

    [DatabaseFact]
    public async Task Conformance_declares_Features_core_GeoJSON_HTML_and_Tiles()
    {
        using var client = factory.CreateClient();
        var (_, conformance) = await GetJsonAsync(client, "/ogc/conformance");
        var classes = conformance["conformsTo"]!.AsArray().Select(c => (string)c!).ToList();

        Assert.Contains("http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core", classes);
        Assert.Contains("http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson", classes);
        Assert.Contains("http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/html", classes);
        Assert.Contains("http://www.opengis.net/spec/ogcapi-tiles-1/1.0/conf/mvt", classes);
    }

    [DatabaseFact]
    public async Task Collections_are_the_catalogue_layers_with_geometry_with_extent_and_item_links()
    {
        using var client = factory.CreateClient();
        var (_, collections) = await GetJsonAsync(client, "/ogc/collections");
        var list = collections["collections"]!.AsArray();

        Assert.Equal(LayerCatalog.All.Where(l => l.GeometryType is not null).Select(l => l.Name), list.Select(c => (string)c!["id"]!));
        Link(collections, "self", "application/json");
        foreach (var collection in list)
        {
            Assert.Equal("feature", (string)collection!["itemType"]!);
            Assert.Equal("http://www.opengis.net/def/crs/OGC/1.3/CRS84", (string)collection["extent"]!["spatial"]!["crs"]!);
            var bbox = collection["extent"]!["spatial"]!["bbox"]![0]!.AsArray().Select(n => (double)n!).ToList();
            Assert.InRange(bbox[0], 100, 130);
            Assert.InRange(bbox[3], 20, 50);
            Assert.Contains(collection["links"]!.AsArray(), l => (string)l!["rel"]! == "items" && (string)l["type"]! == "application/geo+json");
        }

        var (_, single) = await GetJsonAsync(client, "/ogc/collections/roads");
        Assert.EndsWith("/ogc/collections/roads?f=json", (string)Link(single, "self", "application/json")["href"]!, StringComparison.Ordinal);
    }

    [DatabaseFact]
    public async Task Items_are_GeoJSON_pages_with_counts_timestamp_and_next_and_prev_links()
    {
        using var client = factory.CreateClient();
        var (response, first) = await GetJsonAsync(client, "/ogc/collections/natural-villages/items");
        var (_, second) = await GetJsonAsync(client, (string)Link(first, "next", "application/geo+json")["href"]!);

        Assert.Equal("application/geo+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("FeatureCollection", (string)first["type"]!);
        Assert.Equal(2299L, (long)first["numberMatched"]!);
        Assert.Equal(10, (int)first["numberReturned"]!);
        Assert.Equal(10, first["features"]!.AsArray().Count);
        Assert.True(DateTimeOffset.TryParse((string)first["timeStamp"]!, System.Globalization.CultureInfo.InvariantCulture, out _));
        Assert.DoesNotContain(first["links"]!.AsArray(), l => (string)l!["rel"]! == "prev");
        Assert.Contains("offset=0", (string)Link(second, "prev")["href"]!, StringComparison.Ordinal);
        var firstIds = first["features"]!.AsArray().Select(f => (string)f!["id"]!).ToList();
        var secondIds = second["features"]!.AsArray().Select(f => (string)f!["id"]!).ToList();
        Assert.Empty(firstIds.Intersect(secondIds));
        var feature = first["features"]![0]!;
        Assert.Equal("Point", (string)feature["geometry"]!["type"]!);
        Assert.Null(feature["geometry"]!["crs"]);
        Assert.Equal((string)feature["id"]!, (string)feature["properties"]!["id"]!);
        Assert.True(feature["properties"]!["households"]!.GetValueKind() == System.Text.Json.JsonValueKind.Number);
    }

    [DatabaseFact]
    public async Task Bbox_within_and_limit_filter_the_items()
    {
        using var client = factory.CreateClient();
        var (_, all) = await GetJsonAsync(client, "/ogc/collections/facilities/items?limit=100000");
        var (_, jinping) = await GetJsonAsync(client, "/ogc/collections/facilities/items?within=522628&limit=10000");
        var (_, boxed) = await GetJsonAsync(client, "/ogc/collections/facilities/items?bbox=108.5,26,110,27.5&limit=10000");
        var (_, township) = await GetJsonAsync(client, "/ogc/collections/admin-units/items?within=522628&limit=10000");

        // A limit over the maximum is served as the maximum, not refused.
        Assert.Equal((int)all["numberMatched"]!, (int)all["numberReturned"]!);
        var jinpingFeatures = jinping["features"]!.AsArray();
        Assert.NotEmpty(jinpingFeatures);
        Assert.True((long)jinping["numberMatched"]! < (long)all["numberMatched"]!);
        Assert.All(jinpingFeatures, f => Assert.StartsWith("522628", (string)f!["properties"]!["township_code"]!, StringComparison.Ordinal));
        Assert.Equal(
            jinpingFeatures.Select(f => (string)f!["id"]!).Order(StringComparer.Ordinal),
            boxed["features"]!.AsArray().Select(f => (string)f!["id"]!).Order(StringComparer.Ordinal));
        var units = township["features"]!.AsArray().Select(f => (string)f!["id"]!).ToList();
        Assert.All(units, code => Assert.StartsWith("522628", code, StringComparison.Ordinal));
        Assert.Contains("522628", units);
        Assert.Equal(15, units.Count(code => code.Length == 9));
    }

    [DatabaseFact]
    public async Task Datetime_selects_roads_by_the_year_built_and_sites_by_their_works_and_leaves_timeless_features_in()
    {
        using var client = factory.CreateClient();
        var (_, allRoads) = await GetJsonAsync(client, "/ogc/collections/roads/items?limit=10000");
        var (_, in2018) = await GetJsonAsync(client, "/ogc/collections/roads/items?datetime=2018-06-30&limit=10000");
        // 2017-12-31T16:00:00Z is midnight in China: the interval is 2018 to 2019 there.
        var (_, from2018) = await GetJsonAsync(client, "/ogc/collections/roads/items?datetime=2017-12-31T16:00:00Z/..&limit=10000");
        var (_, allSites) = await GetJsonAsync(client, "/ogc/collections/relocation-sites/items?limit=10000");
        var (_, sitesIn2017) = await GetJsonAsync(client, "/ogc/collections/relocation-sites/items?datetime=2017-01-01/2017-12-31&limit=10000");
        var (_, villages) = await GetJsonAsync(client, "/ogc/collections/natural-villages/items?limit=1");
        var (_, villagesIn2017) = await GetJsonAsync(client, "/ogc/collections/natural-villages/items?datetime=2017-06-30&limit=1");
        var (_, roadsCollection) = await GetJsonAsync(client, "/ogc/collections/roads");
        var (_, villagesCollection) = await GetJsonAsync(client, "/ogc/collections/natural-villages");

        static int? Year(JsonNode? feature) => (int?)feature!["properties"]!["year_built"];
        var roads = allRoads["features"]!.AsArray();
        Assert.Equal(roads.Count(f => Year(f) is null or 2018), (int)in2018["numberMatched"]!);
        Assert.All(in2018["features"]!.AsArray(), f => Assert.True(Year(f) is null or 2018));
        Assert.Contains(in2018["features"]!.AsArray(), f => Year(f) == 2018);
        Assert.Equal(roads.Count(f => Year(f) is null or >= 2018), (int)from2018["numberMatched"]!);

        // A site holds from its construction start to its planned completion; either end may be open.
        static DateOnly? Day(JsonNode? feature, string name) =>
            feature!["properties"]![name] is { } day ? DateOnly.Parse((string)day!, System.Globalization.CultureInfo.InvariantCulture) : null;
        var expected = allSites["features"]!.AsArray()
            .Where(f => (Day(f, "start_date") ?? DateOnly.MinValue) <= new DateOnly(2017, 12, 31) && (Day(f, "planned_completion_date") ?? DateOnly.MaxValue) >= new DateOnly(2017, 1, 1))
            .Select(f => (string)f!["id"]!);
        Assert.Equal(expected, sitesIn2017["features"]!.AsArray().Select(f => (string)f!["id"]!));
        Assert.NotEmpty(expected);
        Assert.True((int)sitesIn2017["numberMatched"]! < (int)allSites["numberMatched"]!);

        // Natural villages have no time: every one matches (/req/core/fc-time-response C).
        Assert.Equal((int)villages["numberMatched"]!, (int)villagesIn2017["numberMatched"]!);
        var interval = roadsCollection["extent"]!["temporal"]!["interval"]![0]!.AsArray();
        Assert.Equal($"{roads.Min(Year)}-01-01T00:00:00+08:00", (string)interval[0]!);
        Assert.Equal($"{roads.Max(Year)}-12-31T23:59:59+08:00", (string)interval[1]!);
        Assert.Null(villagesCollection["extent"]!["temporal"]);
    }

    [DatabaseFact]
    public async Task A_single_item_has_its_links_and_unknown_ones_are_404()
    {
        using var client = factory.CreateClient();
        var (response, item) = await GetJsonAsync(client, "/ogc/collections/admin-units/items/522628");
        using var missing = await client.GetAsync(new Uri("/ogc/collections/admin-units/items/999999", UriKind.Relative));
        using var unknown = await client.GetAsync(new Uri("/ogc/collections/village-years/items", UriKind.Relative));

        Assert.Equal("application/geo+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Feature", (string)item["type"]!);
        Assert.Equal("锦屏县", (string)item["properties"]!["name"]!);
        Assert.Equal("MultiPolygon", (string)item["geometry"]!["type"]!);
        Link(item, "self", "application/geo+json");
        Link(item, "collection", "application/json");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [DatabaseFact]
    public async Task Bad_parameters_are_400_problems_naming_the_parameter()
    {
        using var client = factory.CreateClient();
        foreach (var (query, parameter) in new[] { ("bbox=1,2,3", "bbox"), ("datetime=2019-13-01", "datetime"), ("datetime=2019-01-01T08:00:00", "datetime"), ("datetime=2020-01-01/2019-01-01", "datetime"), ("datetime=2018/2019/2020", "datetime"), ("limit=0", "limit"), ("offset=-1", "offset"), ("within=12", "within"), ("within=522699", "within"), ("f=xml", "f"), ("admin-code=522628", "admin-code"), ("crs=http://www.opengis.net/def/crs/EPSG/0/3857", "crs") })
        {
            using var response = await client.GetAsync(new Uri($"/ogc/collections/roads/items?{query}", UriKind.Relative));
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal(parameter, (string)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["parameter"]!);
        }
    }

    [DatabaseFact]
    public async Task The_collections_own_CRS_may_be_named_in_crs_and_bbox_crs()
    {
        using var client = factory.CreateClient();
        const string Crs84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84";
        using var items = await client.GetAsync(new Uri($"/ogc/collections/roads/items?limit=2&crs={Crs84}&bbox=108,26,110,27&bbox-crs={Crs84}", UriKind.Relative));
        using var item = await client.GetAsync(new Uri("/ogc/collections/admin-units/items/522628?crs=[OGC:CRS84]", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, items.StatusCode);
        Assert.Equal(2, JsonNode.Parse(await items.Content.ReadAsStringAsync())!["numberReturned"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.OK, item.StatusCode);
    }

    [DatabaseFact]
    public async Task Browsers_get_HTML_and_f_chooses_explicitly()
    {
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/ogc/collections/facilities/items?limit=3", UriKind.Relative));
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        using var browser = await client.SendAsync(request);
        using var forced = await client.GetAsync(new Uri("/ogc/collections?f=html", UriKind.Relative));

        Assert.Equal("text/html", browser.Content.Headers.ContentType?.MediaType);
        var html = await browser.Content.ReadAsStringAsync();
        Assert.Contains("<table>", html, StringComparison.Ordinal);
        Assert.Contains("音德尔镇人民政府", html, StringComparison.Ordinal);
        Assert.Equal("text/html", forced.Content.Headers.ContentType?.MediaType);
        Assert.Contains("natural-villages", await forced.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [DatabaseFact]
    public async Task OGC_API_Tiles_serves_the_same_tiles_as_tiles_with_row_before_column()
    {
        using var client = factory.CreateClient();
        var (_, sets) = await GetJsonAsync(client, "/ogc/tileMatrixSets");
        var (_, quad) = await GetJsonAsync(client, "/ogc/tileMatrixSets/WebMercatorQuad");
        var (_, tilesets) = await GetJsonAsync(client, "/ogc/collections/admin-units/tiles");
        var (_, tileset) = await GetJsonAsync(client, "/ogc/collections/admin-units/tiles/WebMercatorQuad");
        var template = (string)Link(tileset, "item", "application/vnd.mapbox-vector-tile")["href"]!;

        Assert.Equal("WebMercatorQuad", (string)sets["tileMatrixSets"]![0]!["id"]!);
        Assert.Equal(559082264.0287178, (double)quad["tileMatrices"]![0]!["scaleDenominator"]!, 3);
        Assert.Equal(256L, (long)quad["tileMatrices"]![8]!["matrixWidth"]!);
        Assert.Equal("vector", (string)tilesets["tilesets"]![0]!["dataType"]!);
        Assert.EndsWith("/{tileMatrix}/{tileRow}/{tileCol}", template, StringComparison.Ordinal);
        var ogc = await TileClient.FetchAsync(client, "/ogc/collections/admin-units/tiles/WebMercatorQuad/8/108/205");
        var xyz = await TileClient.FetchAsync(client, "/tiles/admin/8/205/108.mvt");
        Assert.Equal(HttpStatusCode.OK, ogc.Status);
        Assert.NotEmpty(ogc.Bytes);
        Assert.Equal(xyz.Bytes, ogc.Bytes);
        Assert.Equal(xyz.ETag, ogc.ETag);
    }
}
