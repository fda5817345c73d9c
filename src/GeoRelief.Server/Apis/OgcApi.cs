using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using GeoRelief.Core.Admin;
using GeoRelief.Core.Tiles;
using GeoRelief.Data.AdminUnits;
using GeoRelief.Data.Layers;
using GeoRelief.Data.Ogc;
using GeoRelief.Data.Tiles;
using GeoRelief.Server.Apis.Ogc;
using GeoRelief.Server.Tiles;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace GeoRelief.Server.Apis;

/// <summary>
/// OGC API – Features Part 1 (Core, GeoJSON, HTML) for every layer of <see cref="LayerCatalog"/> with geometry, and
/// OGC API – Tiles for their vector tiles (the same tiles as <c>/tiles</c>, through <see cref="TileService"/>).
/// </summary>
public static class OgcApi
{
    /// <summary>Items per page when <c>limit</c> is not given.</summary>
    public const int DefaultLimit = 10;

    /// <summary>Most items per page; a larger <c>limit</c> is served as this (the specification forbids an error).</summary>
    public const int MaxLimit = 10_000;

    private const string Crs84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84";

    // The collections list CRS84 as their one CRS (Part 2's crs and storageCrs), so a client may name it in these.
    private const string CrsParameter = "crs";
    private const string BboxCrsParameter = "bbox-crs";

    // Chinese names stay readable in the JSON rather than \u-escaped; HTML is encoded separately.
    private static readonly JsonSerializerOptions Unescaped = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static IEndpointRouteBuilder MapOgcApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/ogc").WithTags("OGC API");
        group.MapGet("/", GetLandingPage).TakesQuery(OgcNegotiation.Parameter).WithName(nameof(GetLandingPage)).WithSummary("OGC API landing page.");
        group.MapGet("/conformance", GetConformance).TakesQuery(OgcNegotiation.Parameter).WithName(nameof(GetConformance)).WithSummary("Conformance classes.");
        group.MapGet("/collections", GetCollections).TakesQuery(OgcNegotiation.Parameter).WithName(nameof(GetCollections)).WithSummary("The feature collections: every data layer with geometry.");
        group.MapGet("/collections/{collectionId}", GetCollection).TakesQuery(OgcNegotiation.Parameter).WithName(nameof(GetCollection)).WithSummary("One collection: extent (CRS84), item type, links.");
        group.MapGet("/collections/{collectionId}/items", GetItems).TakesQuery(OgcNegotiation.Parameter, "limit", "offset", "bbox", "datetime", "within", CrsParameter, BboxCrsParameter).WithName(nameof(GetItems))
            .WithSummary("Features as GeoJSON: bbox (CRS84 minx,miny,maxx,maxy), datetime (RFC 3339 instant or interval; roads by year built, relocation sites from start to planned completion), limit (default 10, at most 10,000), offset, within (administrative unit code), f=json|html.");
        group.MapGet("/collections/{collectionId}/items/{featureId}", GetItem).TakesQuery(OgcNegotiation.Parameter, CrsParameter).WithName(nameof(GetItem)).WithSummary("One feature as GeoJSON.");
        group.MapGet("/tileMatrixSets", GetTileMatrixSets).TakesQuery(OgcNegotiation.Parameter).WithName(nameof(GetTileMatrixSets)).WithSummary("Tile matrix sets: WebMercatorQuad.");
        group.MapGet("/tileMatrixSets/{tileMatrixSetId}", GetTileMatrixSet).TakesQuery(OgcNegotiation.Parameter).WithName(nameof(GetTileMatrixSet)).WithSummary("The WebMercatorQuad definition.");
        group.MapGet("/collections/{collectionId}/tiles", GetTilesets).TakesQuery(OgcNegotiation.Parameter).WithName(nameof(GetTilesets)).WithSummary("Vector tilesets of a collection.");
        group.MapGet("/collections/{collectionId}/tiles/{tileMatrixSetId}", GetTileset).TakesQuery(OgcNegotiation.Parameter).WithName(nameof(GetTileset)).WithSummary("Vector tileset metadata.");
        group.MapGet("/collections/{collectionId}/tiles/{tileMatrixSetId}/{tileMatrix}/{tileRow}/{tileCol}", GetCollectionTile)
            .WithName(nameof(GetCollectionTile))
            .WithSummary("A Mapbox Vector Tile of the collection (tileMatrix = zoom, tileRow = y, tileCol = x), the same as /tiles.")
            .Produces(StatusCodes.Status200OK, contentType: TilesApi.MvtMediaType);
        return app;
    }

    public static Results<ContentHttpResult, ProblemHttpResult> GetLandingPage(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!OgcNegotiation.TryChoose(context.Request, out var format, out var problem))
        {
            return problem;
        }

        var root = Root(context.Request);
        var links = OgcLinks.SelfAndAlternate(root, format, OgcLinks.Json, "This document");
        links.Add(OgcLinks.Link($"{Base(context.Request)}/openapi/v1.json", "service-desc", OgcLinks.OpenApi, "The API definition (OpenAPI)"));
        links.Add(OgcLinks.Link($"{root}/conformance", OgcLinks.ConformanceRel, OgcLinks.Json, "Conformance classes"));
        links.Add(OgcLinks.Link($"{root}/collections", OgcLinks.DataRel, OgcLinks.Json, "The feature collections"));
        links.Add(OgcLinks.Link($"{root}/tileMatrixSets", OgcLinks.TilingSchemesRel, OgcLinks.Json, "Tile matrix sets"));
        var document = new JsonObject
        {
            ["title"] = "GeoRelief",
            ["description"] = "Planning data for rural poverty relief (administrative units, natural villages, roads, facilities, relocation sites, industrial bases, constraint zones) as OGC API – Features and vector tiles as OGC API – Tiles.",
            ["links"] = links,
        };
        return Respond(document, format, OgcLinks.Json, "GeoRelief OGC API");
    }

    public static Results<ContentHttpResult, ProblemHttpResult> GetConformance(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!OgcNegotiation.TryChoose(context.Request, out var format, out var problem))
        {
            return problem;
        }

        var document = new JsonObject { ["conformsTo"] = new JsonArray([.. OgcConformance.Classes.Select(c => (JsonNode)c)]) };
        return Respond(document, format, OgcLinks.Json, "Conformance");
    }

    public static async Task<Results<ContentHttpResult, ProblemHttpResult>> GetCollections(
        HttpContext context, OgcFeatureStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(store);
        if (!OgcNegotiation.TryChoose(context.Request, out var format, out var problem))
        {
            return problem;
        }

        var collections = new JsonArray();
        foreach (var layer in OgcFeatureStore.Collections)
        {
            collections.Add(await CollectionAsync(context.Request, store, layer, cancellationToken));
        }

        var document = new JsonObject
        {
            ["links"] = OgcLinks.SelfAndAlternate($"{Root(context.Request)}/collections", format, OgcLinks.Json, "The collections"),
            ["collections"] = collections,
        };
        return Respond(document, format, OgcLinks.Json, "Collections");
    }

    public static async Task<Results<ContentHttpResult, ProblemHttpResult>> GetCollection(
        string collectionId, HttpContext context, OgcFeatureStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(store);
        if (!OgcNegotiation.TryChoose(context.Request, out var format, out var problem))
        {
            return problem;
        }

        if (OgcFeatureStore.Find(collectionId) is not { } layer)
        {
            return UnknownCollection(collectionId);
        }

        var document = await CollectionAsync(context.Request, store, layer, cancellationToken);
        document["links"] = Concat(
            OgcLinks.SelfAndAlternate($"{Root(context.Request)}/collections/{layer.Name}", format, OgcLinks.Json, layer.TitleEn),
            (JsonArray)document["links"]!);
        return Respond(document, format, OgcLinks.Json, $"{layer.TitleZh} {layer.TitleEn}");
    }

    public static async Task<Results<ContentHttpResult, ProblemHttpResult>> GetItems(
        string collectionId,
        string? limit,
        string? offset,
        string? bbox,
        string? datetime,
        string? within,
        [FromQuery(Name = CrsParameter)] string? crs,
        [FromQuery(Name = BboxCrsParameter)] string? bboxCrs,
        HttpContext context,
        OgcFeatureStore store,
        AdminUnitStore adminUnits,
        TimeProvider timeProvider,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(adminUnits);
        ArgumentNullException.ThrowIfNull(timeProvider);
        if (!OgcNegotiation.TryChoose(context.Request, out var format, out var problem))
        {
            return problem;
        }

        if (OgcFeatureStore.Find(collectionId) is not { } layer)
        {
            return UnknownCollection(collectionId);
        }

        if (!IsCrs84(CrsParameter, crs, out problem) || !IsCrs84(BboxCrsParameter, bboxCrs, out problem))
        {
            return problem;
        }

        if (!QueryNumbers.TryParse(limit, "limit", DefaultLimit, 1, int.MaxValue, out var pageSize, out problem)
            || !QueryNumbers.TryParse(offset, "offset", 0, 0, int.MaxValue, out var skip, out problem))
        {
            return problem;
        }

        pageSize = Math.Min(pageSize, MaxLimit);
        TileBounds? box = null;
        if (bbox is not null)
        {
            if (!TryParseBbox(bbox, out var parsed, out problem))
            {
                return problem;
            }

            box = parsed;
        }

        DateOnly? from = null, to = null;
        if (datetime is not null && !OgcDateTime.TryParse(datetime, out from, out to, out var timeProblem))
        {
            return ApiProblem.BadParameter("datetime", timeProblem);
        }

        if (within is not null)
        {
            if (!AdminCode.TryParse(within, out _, out var codeProblem))
            {
                return ApiProblem.BadParameter("within", $"is '{within}': {codeProblem} Give the NBS code of a county, township or village.");
            }

            if (!await adminUnits.ExistsAsync(within, cancellationToken))
            {
                return ApiProblem.BadParameter("within", $"is '{within}', but there is no administrative unit with that code: list them at /ogc/collections/admin-units/items or /api/v1/admin-units?level=county.");
            }
        }

        var page = await store.ItemsAsync(layer, new OgcItemsQuery(box, within, pageSize, skip, from, to), cancellationToken);
        var href = $"{Root(context.Request)}/collections/{layer.Name}/items";
        var links = OgcLinks.SelfAndAlternate(href + PageQuery(context.Request, skip), format, OgcLinks.GeoJson, "This page");
        if (skip + page.Features.Count < page.NumberMatched)
        {
            links.Add(OgcLinks.Link($"{href}{PageQuery(context.Request, skip + pageSize)}&f=json", "next", OgcLinks.GeoJson, "Next page"));
        }

        if (skip > 0)
        {
            links.Add(OgcLinks.Link($"{href}{PageQuery(context.Request, Math.Max(0, skip - pageSize))}&f=json", "prev", OgcLinks.GeoJson, "Previous page"));
        }

        links.Add(OgcLinks.Link($"{Root(context.Request)}/collections/{layer.Name}", "collection", OgcLinks.Json, layer.TitleEn));
        var document = new JsonObject
        {
            ["type"] = "FeatureCollection",
            ["features"] = new JsonArray([.. page.Features.Select(f => (JsonNode)Feature(f))]),
            ["numberMatched"] = page.NumberMatched,
            ["numberReturned"] = page.Features.Count,
            ["timeStamp"] = timeProvider.GetUtcNow().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            ["links"] = links,
        };
        return Respond(document, format, OgcLinks.GeoJson, $"{layer.TitleZh} {layer.TitleEn}");
    }

    public static async Task<Results<ContentHttpResult, ProblemHttpResult>> GetItem(
        string collectionId,
        string featureId,
        [FromQuery(Name = CrsParameter)] string? crs,
        HttpContext context,
        OgcFeatureStore store,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(store);
        if (!OgcNegotiation.TryChoose(context.Request, out var format, out var problem) || !IsCrs84(CrsParameter, crs, out problem))
        {
            return problem;
        }

        if (OgcFeatureStore.Find(collectionId) is not { } layer)
        {
            return UnknownCollection(collectionId);
        }

        featureId = RouteValues.Id(featureId);
        if (await store.ItemAsync(layer, featureId, cancellationToken) is not { } feature)
        {
            return ApiProblem.NotFound("No such feature.", $"Collection '{layer.Name}' has no feature with id '{featureId}': list its features at /ogc/collections/{layer.Name}/items.");
        }

        var document = Feature(feature);
        var collection = $"{Root(context.Request)}/collections/{layer.Name}";
        document["links"] = Concat(
            OgcLinks.SelfAndAlternate($"{collection}/items/{Uri.EscapeDataString(feature.Id)}", format, OgcLinks.GeoJson, "This feature"),
            [OgcLinks.Link(collection, "collection", OgcLinks.Json, layer.TitleEn)]);
        return Respond(document, format, OgcLinks.GeoJson, $"{layer.TitleZh} {feature.Id}");
    }

    public static Results<ContentHttpResult, ProblemHttpResult> GetTileMatrixSets(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!OgcNegotiation.TryChoose(context.Request, out var format, out var problem))
        {
            return problem;
        }

        var document = new JsonObject
        {
            ["links"] = OgcLinks.SelfAndAlternate($"{Root(context.Request)}/tileMatrixSets", format, OgcLinks.Json, "Tile matrix sets"),
            ["tileMatrixSets"] = new JsonArray(new JsonObject
            {
                ["id"] = OgcTileMatrixSets.WebMercatorQuad,
                ["title"] = "Google Maps Compatible for the World",
                ["uri"] = OgcTileMatrixSets.WebMercatorQuadUri,
                ["links"] = new JsonArray(OgcLinks.Link(TileMatrixSetHref(context.Request), "self", OgcLinks.Json, OgcTileMatrixSets.WebMercatorQuad)),
            }),
        };
        return Respond(document, format, OgcLinks.Json, "Tile matrix sets");
    }

    public static Results<ContentHttpResult, ProblemHttpResult> GetTileMatrixSet(string tileMatrixSetId, HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!OgcNegotiation.TryChoose(context.Request, out var format, out var problem))
        {
            return problem;
        }

        if (tileMatrixSetId != OgcTileMatrixSets.WebMercatorQuad)
        {
            return UnknownTileMatrixSet(tileMatrixSetId);
        }

        return Respond(OgcTileMatrixSets.Definition(TileMatrixSetHref(context.Request)), format, OgcLinks.Json, OgcTileMatrixSets.WebMercatorQuad);
    }

    public static Results<ContentHttpResult, ProblemHttpResult> GetTilesets(string collectionId, HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!OgcNegotiation.TryChoose(context.Request, out var format, out var problem))
        {
            return problem;
        }

        if (OgcFeatureStore.Find(collectionId) is not { } layer || TileLayerOf(layer) is null)
        {
            return UnknownCollection(collectionId);
        }

        var tiles = $"{Root(context.Request)}/collections/{layer.Name}/tiles";
        var document = new JsonObject
        {
            ["links"] = OgcLinks.SelfAndAlternate(tiles, format, OgcLinks.Json, "Vector tilesets"),
            ["tilesets"] = new JsonArray(new JsonObject
            {
                ["title"] = $"{layer.TitleEn} (WebMercatorQuad)",
                ["dataType"] = "vector",
                ["crs"] = OgcTileMatrixSets.WebMercatorCrs,
                ["tileMatrixSetURI"] = OgcTileMatrixSets.WebMercatorQuadUri,
                ["links"] = new JsonArray(
                    OgcLinks.Link($"{tiles}/{OgcTileMatrixSets.WebMercatorQuad}", "self", OgcLinks.Json, "The tileset"),
                    OgcLinks.Link(TileMatrixSetHref(context.Request), OgcLinks.TilingSchemeRel, OgcLinks.Json, "WebMercatorQuad")),
            }),
        };
        return Respond(document, format, OgcLinks.Json, $"{layer.TitleEn}: vector tilesets");
    }

    public static Results<ContentHttpResult, ProblemHttpResult> GetTileset(string collectionId, string tileMatrixSetId, HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!OgcNegotiation.TryChoose(context.Request, out var format, out var problem))
        {
            return problem;
        }

        if (OgcFeatureStore.Find(collectionId) is not { } layer || TileLayerOf(layer) is not { } tileLayer)
        {
            return UnknownCollection(collectionId);
        }

        if (tileMatrixSetId != OgcTileMatrixSets.WebMercatorQuad)
        {
            return UnknownTileMatrixSet(tileMatrixSetId);
        }

        var tileset = $"{Root(context.Request)}/collections/{layer.Name}/tiles/{OgcTileMatrixSets.WebMercatorQuad}";
        var links = OgcLinks.SelfAndAlternate(tileset, format, OgcLinks.Json, "This tileset");
        links.Add(OgcLinks.Link(TileMatrixSetHref(context.Request), OgcLinks.TilingSchemeRel, OgcLinks.Json, "WebMercatorQuad"));
        links.Add(OgcLinks.Link($"{tileset}/{{tileMatrix}}/{{tileRow}}/{{tileCol}}", "item", TilesApi.MvtMediaType, "Mapbox Vector Tiles", templated: true));
        var document = new JsonObject
        {
            ["title"] = $"{layer.TitleEn} (WebMercatorQuad)",
            ["dataType"] = "vector",
            ["crs"] = OgcTileMatrixSets.WebMercatorCrs,
            ["tileMatrixSetURI"] = OgcTileMatrixSets.WebMercatorQuadUri,
            ["layers"] = new JsonArray(new JsonObject
            {
                ["id"] = tileLayer.Name,
                ["title"] = tileLayer.Title,
                ["description"] = tileLayer.Description,
                ["dataType"] = "vector",
                ["geometryDimension"] = tileLayer.GeometryKind switch { TileGeometryKind.Point => 0, TileGeometryKind.Line => 1, _ => 2 },
                ["minTileMatrix"] = tileLayer.MinZoom.ToString(CultureInfo.InvariantCulture),
                ["maxTileMatrix"] = tileLayer.MaxZoom.ToString(CultureInfo.InvariantCulture),
            }),
            ["links"] = links,
        };
        return Respond(document, format, OgcLinks.Json, $"{layer.TitleEn}: WebMercatorQuad tileset");
    }

    public static async Task<Results<FileContentHttpResult, StatusCodeHttpResult, ProblemHttpResult>> GetCollectionTile(
        string collectionId,
        string tileMatrixSetId,
        string tileMatrix,
        string tileRow,
        string tileCol,
        HttpContext context,
        TileService tiles,
        IOptions<TileCacheOptions> options,
        CancellationToken cancellationToken)
    {
        if (OgcFeatureStore.Find(collectionId) is not { } layer || TileLayerOf(layer) is not { } tileLayer)
        {
            return UnknownCollection(collectionId);
        }

        if (tileMatrixSetId != OgcTileMatrixSets.WebMercatorQuad)
        {
            return UnknownTileMatrixSet(tileMatrixSetId);
        }

        // WebMercatorQuad rows count from the top like XYZ: tileRow is y, tileCol is x.
        return await TilesApi.GetTile(tileLayer.Name, tileMatrix, tileCol, tileRow, null, null, null, null, context, tiles, options, cancellationToken);
    }

    /// <summary>The vector tile layer that draws a collection: <c>admin</c> for admin-units, else the layer of the same name.</summary>
    public static TileLayerDefinition? TileLayerOf(LayerDefinition layer)
    {
        ArgumentNullException.ThrowIfNull(layer);
        return layer == LayerCatalog.AdminUnits ? TileLayerCatalog.Find("admin") : TileLayerCatalog.Find(layer.Name);
    }

    private static async Task<JsonObject> CollectionAsync(HttpRequest request, OgcFeatureStore store, LayerDefinition layer, CancellationToken cancellationToken)
    {
        var extent = await store.ExtentAsync(layer, cancellationToken) ?? new TileBounds(-180, -90, 180, 90);
        var (firstDay, lastDay) = await store.TimeExtentAsync(layer, cancellationToken);
        var collection = $"{Root(request)}/collections/{layer.Name}";
        var links = new JsonArray
        {
            OgcLinks.Link($"{collection}/items?f=json", "items", OgcLinks.GeoJson, $"{layer.TitleEn} (GeoJSON)"),
            OgcLinks.Link($"{collection}/items?f=html", "items", OgcLinks.Html, $"{layer.TitleEn} (HTML)"),
        };
        if (TileLayerOf(layer) is not null)
        {
            links.Add(OgcLinks.Link($"{collection}/tiles", OgcLinks.VectorTilesetsRel, OgcLinks.Json, "Vector tilesets"));
        }

        var extents = new JsonObject
        {
            ["spatial"] = new JsonObject
            {
                ["bbox"] = new JsonArray(new JsonArray(extent.MinX, extent.MinY, extent.MaxX, extent.MaxY)),
                ["crs"] = Crs84,
            },
        };
        if (TemporalExtent(firstDay, lastDay) is { } temporal)
        {
            extents["temporal"] = temporal;
        }

        return new JsonObject
        {
            ["id"] = layer.Name,
            ["title"] = $"{layer.TitleZh} {layer.TitleEn}",
            ["description"] = string.Join("; ", layer.Fields.Select(f => $"{f.Column}: {f.Description}")),
            ["extent"] = extents,
            ["itemType"] = "feature",
            ["crs"] = new JsonArray(Crs84),
            ["storageCrs"] = Crs84,
            ["links"] = links,
        };
    }

    /// <summary>
    /// A collection's temporal extent: its first and last day, as the days in China they are (UTC+8); null for a layer
    /// without days, where the datetime parameter matches every feature.
    /// </summary>
    private static JsonObject? TemporalExtent(DateOnly? first, DateOnly? last)
    {
        if (first is null && last is null)
        {
            return null;
        }

        static string? Instant(DateOnly? day, TimeOnly time) =>
            day is { } d ? d.ToDateTime(time).ToString("yyyy-MM-dd'T'HH:mm:ss'+08:00'", CultureInfo.InvariantCulture) : null;
        return new JsonObject
        {
            ["interval"] = new JsonArray(new JsonArray(Instant(first, TimeOnly.MinValue), Instant(last, new TimeOnly(23, 59, 59)))),
            ["trs"] = "http://www.opengis.net/def/uom/ISO-8601/0/Gregorian",
        };
    }

    private static JsonObject Feature(OgcFeature feature) => new()
    {
        ["type"] = "Feature",
        ["id"] = feature.Id,
        ["geometry"] = JsonNode.Parse(feature.GeometryJson),
        ["properties"] = JsonNode.Parse(feature.PropertiesJson),
    };

    private static bool TryParseBbox(string text, out TileBounds box, out ProblemHttpResult problem)
    {
        box = default;
        problem = null!;
        var parts = text.Split(',');
        var numbers = new double[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!double.TryParse(parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out numbers[i]) || !double.IsFinite(numbers[i]))
            {
                problem = ApiProblem.BadParameter("bbox", $"is '{text}': '{parts[i]}' is not a number. Give minLon,minLat,maxLon,maxLat in degrees (CRS84).");
                return false;
            }
        }

        if (numbers.Length is not (4 or 6))
        {
            problem = ApiProblem.BadParameter("bbox", $"is '{text}': give four numbers, minLon,minLat,maxLon,maxLat in degrees (CRS84), or six with heights.");
            return false;
        }

        box = numbers.Length == 4
            ? new TileBounds(numbers[0], numbers[1], numbers[2], numbers[3])
            : new TileBounds(numbers[0], numbers[1], numbers[3], numbers[4]);
        if (box.MinX > box.MaxX || box.MinY > box.MaxY || box.MinY < -90 || box.MaxY > 90)
        {
            problem = ApiProblem.BadParameter("bbox", $"is '{text}': the minimum must not exceed the maximum and latitudes lie in −90…90 (a box across the antimeridian is not supported).");
            return false;
        }

        return true;
    }

    /// <summary>Whether <paramref name="value"/> is absent or names CRS84 (as a URI or the safe CURIE [OGC:CRS84]), the one CRS served.</summary>
    private static bool IsCrs84(string parameter, string? value, out ProblemHttpResult problem)
    {
        problem = null!;
        if (value is null || value == Crs84 || value == "[OGC:CRS84]")
        {
            return true;
        }

        problem = ApiProblem.BadParameter(parameter, $"is '{value}': the features are served in {Crs84} (longitude, latitude; CGCS2000 and WGS 84 agree to within a metre) only. Leave it out or give that URI.");
        return false;
    }

    /// <summary>The request's query with <c>offset</c> set and <c>f</c> left out, starting with '?'.</summary>
    private static string PageQuery(HttpRequest request, long offset)
    {
        var kept = request.Query
            .Where(q => q.Key is not ("offset" or "f"))
            .Select(q => $"{Uri.EscapeDataString(q.Key)}={Uri.EscapeDataString(q.Value.ToString())}")
            .Append(string.Create(CultureInfo.InvariantCulture, $"offset={offset}"));
        return "?" + string.Join('&', kept);
    }

    private static JsonArray Concat(JsonArray first, JsonArray second)
    {
        var all = new JsonArray();
        foreach (var link in first.Concat(second).ToList())
        {
            all.Add(link!.DeepClone());
        }

        return all;
    }

    private static ContentHttpResult Respond(JsonNode document, OgcFormat format, string jsonType, string title) =>
        format == OgcFormat.Html
            ? TypedResults.Text(OgcHtml.Page(title, document), "text/html; charset=utf-8")
            : TypedResults.Text(document.ToJsonString(Unescaped), jsonType);

    private static string Base(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}";

    private static string Root(HttpRequest request) => $"{Base(request)}/ogc";

    private static string TileMatrixSetHref(HttpRequest request) => $"{Root(request)}/tileMatrixSets/{OgcTileMatrixSets.WebMercatorQuad}";

    private static ProblemHttpResult UnknownCollection(string id) =>
        ApiProblem.NotFound("No such collection.", $"There is no collection called '{id}'. The collections are: {string.Join(", ", OgcFeatureStore.Collections.Select(l => l.Name))}.");

    private static ProblemHttpResult UnknownTileMatrixSet(string id) =>
        ApiProblem.NotFound("No such tile matrix set.", $"There is no tile matrix set called '{id}': GeoRelief's tiles use {OgcTileMatrixSets.WebMercatorQuad}.");
}
