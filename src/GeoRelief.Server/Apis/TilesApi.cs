using System.Globalization;
using GeoRelief.Core.Analytics.Classification;
using GeoRelief.Core.Tiles;
using GeoRelief.Data.Tiles;
using GeoRelief.Server.Apis.Tiles;
using GeoRelief.Server.Tiles;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Npgsql;

namespace GeoRelief.Server.Apis;

/// <summary>Vector tiles (Mapbox Vector Tile 2.1) of every layer of <see cref="TileLayerCatalog"/>, and their TileJSON.</summary>
public static class TilesApi
{
    /// <summary>Media type of a Mapbox Vector Tile.</summary>
    public const string MvtMediaType = "application/vnd.mapbox-vector-tile";

    private static readonly string[] PovertyParameters = ["year", "indicator", "method", "k"];

    public static IEndpointRouteBuilder MapTilesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/tiles").WithTags("Vector tiles");
        group.MapGet(string.Empty, GetTileIndex)
            .WithName(nameof(GetTileIndex))
            .WithSummary("The tile layers, each with its zooms, TileJSON and tile URL template.");
        group.MapGet("/{layers}/{z}/{x}/{y}.mvt", GetTile)
            .WithName(nameof(GetTile))
            .WithSummary("A vector tile of one or more layers (comma-separated), XYZ scheme, EPSG:3857.")
            .WithDescription($"layers: any of {TileLayerCatalog.Names}. poverty-density also takes year, indicator (density|incidence), method (jenks|quantile|equal|headtail) and k (3–9). Sends a strong ETag; If-None-Match answers 304.")
            .Produces(StatusCodes.Status200OK, contentType: MvtMediaType)
            .Produces(StatusCodes.Status304NotModified);
        group.MapGet("/{layer}.json", GetTileJson)
            .WithName(nameof(GetTileJson))
            .WithSummary("TileJSON 3.0.0 of one layer: tile URL, zooms, bounds and documented fields.");
        return app;
    }

    public static Ok<TileIndex> GetTileIndex(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var root = $"{request.Scheme}://{request.Host}{request.PathBase}/tiles";
        return TypedResults.Ok(new TileIndex([.. TileLayerCatalog.All.Select(l => new TileIndexEntry(
            l.Name, l.Title, l.Description, l.MinZoom, l.MaxZoom, l.IsThematic, $"{root}/{l.Name}.json", $"{root}/{l.Name}/{{z}}/{{x}}/{{y}}.mvt"))]));
    }

    public static async Task<Results<FileContentHttpResult, StatusCodeHttpResult, ProblemHttpResult>> GetTile(
        string layers,
        string z,
        string x,
        string y,
        string? year,
        string? indicator,
        string? method,
        string? k,
        HttpContext context,
        TileService tiles,
        IOptions<TileCacheOptions> options,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(tiles);
        ArgumentNullException.ThrowIfNull(options);
        if (!TryParseLayers(layers, out var definitions, out var layerProblem))
        {
            return layerProblem;
        }

        if (!TryParseTile(z, x, y, out var tile, out var tileProblem))
        {
            return tileProblem;
        }

        var poverty = ParsePoverty(year, indicator, method, k, out var povertyProblem);
        if (poverty is null)
        {
            return povertyProblem!;
        }

        if (poverty.Year is { } wanted && await tiles.GetPovertyYearsAsync(cancellationToken) is var years && !years.Contains(wanted))
        {
            return ApiProblem.BadParameter("year", years.Count == 0
                ? $"is {wanted}, but the database holds no poverty figures yet: load the sample or import village figures first."
                : $"is {wanted}, which has no poverty figures: give a year from {years[0]} to {years[^1]} or leave it out for the latest.");
        }

        var response = await tiles.GetAsync(definitions, tile, poverty, cancellationToken);
        var headers = context.Response.Headers;
        headers.ETag = response.Tile.ETag;
        headers.CacheControl = options.Value.MaxAgeSeconds > 0
            ? string.Create(CultureInfo.InvariantCulture, $"public, max-age={options.Value.MaxAgeSeconds}")
            : "public, no-cache";
        headers["X-Tile-Cache"] = response.FromCache ? "hit" : "miss";
        if (MatchesETag(context.Request, response.Tile.ETag))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        return TypedResults.Bytes(response.Tile.Bytes, MvtMediaType);
    }

    public static async Task<Results<Ok<TileJson>, ProblemHttpResult>> GetTileJson(
        string layer,
        string? year,
        string? indicator,
        string? method,
        string? k,
        HttpContext context,
        NpgsqlDataSource dataSource,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (TileLayerCatalog.Find(layer) is not { } definition)
        {
            return UnknownLayer(layer);
        }

        if (ParsePoverty(year, indicator, method, k, out var povertyProblem) is null)
        {
            return povertyProblem!;
        }

        var request = context.Request;
        var query = string.Join('&', PovertyParameters
            .Where(p => request.Query.ContainsKey(p))
            .Select(p => $"{p}={Uri.EscapeDataString(request.Query[p].ToString())}"));
        var template = $"{request.Scheme}://{request.Host}{request.PathBase}/tiles/{definition.Name}/{{z}}/{{x}}/{{y}}.mvt"
                       + (query.Length > 0 ? "?" + query : string.Empty);
        var bounds = await TileDataBounds.ReadAsync(dataSource, cancellationToken) ?? new TileBounds(-180, -85.0511, 180, 85.0511);
        var fields = definition.Fields.ToDictionary(f => f.Name, f => $"{f.Type}: {f.Description}", StringComparer.Ordinal);
        List<TileJsonVectorLayer> vectorLayers =
            [new TileJsonVectorLayer(definition.Name, definition.Description, definition.MinZoom, definition.MaxZoom, fields)];
        if (definition.Thins)
        {
            vectorLayers.Add(new TileJsonVectorLayer(
                TileMetaLayer.Name,
                "Present when a layer of the tile was thinned or clustered: one point per such layer.",
                definition.MinZoom,
                definition.MaxZoom,
                new Dictionary<string, string>(StringComparer.Ordinal)
                {
                    ["layer"] = "String: the thinned layer.",
                    ["thinned"] = "Boolean: always true.",
                    ["total"] = "Number: source features in the tile.",
                    ["shown"] = "Number: features drawn (a cluster counts once).",
                }));
        }

        var centreZoom = Math.Clamp((int)Math.Floor(Math.Log2(360 / Math.Max(bounds.Width, 1e-6))), definition.MinZoom, definition.MaxZoom);
        return TypedResults.Ok(new TileJson(
            "3.0.0",
            definition.Name,
            $"{definition.Title}. {definition.Description}",
            "GeoRelief (sample data: synthetic geometry)",
            "xyz",
            [template],
            definition.MinZoom,
            definition.MaxZoom,
            [bounds.MinX, bounds.MinY, bounds.MaxX, bounds.MaxY],
            [(bounds.MinX + bounds.MaxX) / 2, (bounds.MinY + bounds.MaxY) / 2, centreZoom],
            vectorLayers));
    }

    private static bool TryParseLayers(string text, out IReadOnlyList<TileLayerDefinition> layers, out ProblemHttpResult problem)
    {
        problem = null!;
        var found = new List<TileLayerDefinition>();
        layers = found;
        foreach (var name in text.Split(','))
        {
            if (TileLayerCatalog.Find(name.Trim()) is not { } definition)
            {
                problem = UnknownLayer(name);
                return false;
            }

            if (found.Contains(definition))
            {
                problem = ApiProblem.BadParameter("layers", $"names '{definition.Name}' twice: give each layer once.");
                return false;
            }

            found.Add(definition);
        }

        return true;
    }

    private static bool TryParseTile(string z, string x, string y, out TileAddress tile, out ProblemHttpResult problem)
    {
        tile = default;
        problem = null!;
        if (!TryParseWhole(z, "z", out var zoom, out problem)
            || !TryParseWhole(x, "x", out var column, out problem)
            || !TryParseWhole(y, "y", out var row, out problem))
        {
            return false;
        }

        if (zoom > TileLayerCatalog.MaxZoom && zoom <= TileAddress.MaxZoom)
        {
            problem = ApiProblem.BadParameter("z", string.Create(CultureInfo.InvariantCulture,
                $"is {zoom}: tiles are served up to zoom {TileLayerCatalog.MaxZoom}; map clients draw deeper zooms from those tiles (set maxzoom {TileLayerCatalog.MaxZoom} on the source, as the TileJSON says)."));
            return false;
        }

        if (!TileAddress.TryCreate(zoom, column, row, out tile, out var parameter, out var message))
        {
            problem = ApiProblem.BadParameter(parameter, message);
            return false;
        }

        return true;
    }

    private static bool TryParseWhole(string text, string parameter, out int value, out ProblemHttpResult problem)
    {
        problem = null!;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value))
        {
            return true;
        }

        problem = ApiProblem.BadParameter(parameter, $"is '{text}': give a whole number (the tile's {parameter} in the XYZ scheme).");
        return false;
    }

    internal static PovertyDensityParameters? ParsePoverty(string? year, string? indicator, string? method, string? k, out ProblemHttpResult? problem)
    {
        problem = null;
        var defaults = PovertyDensityParameters.Default;
        int? parsedYear = null;
        if (year is not null)
        {
            if (!int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y))
            {
                problem = ApiProblem.BadParameter("year", $"is '{year}': give a year such as 2018, or leave it out for the latest year with figures.");
                return null;
            }

            parsedYear = y;
        }

        var parsedIndicator = indicator switch
        {
            null => defaults.Indicator,
            "density" => PovertyIndicator.Density,
            "incidence" => PovertyIndicator.Incidence,
            _ => (PovertyIndicator?)null,
        };
        if (parsedIndicator is null)
        {
            problem = ApiProblem.BadParameter("indicator", $"is '{indicator}': use density (poor people per km²) or incidence (% of the registered population).");
            return null;
        }

        var parsedMethod = method switch
        {
            null => defaults.Method,
            "jenks" => ClassificationMethod.FisherJenks,
            "quantile" => ClassificationMethod.Quantile,
            "equal" => ClassificationMethod.EqualInterval,
            "headtail" => ClassificationMethod.HeadTail,
            _ => (ClassificationMethod?)null,
        };
        if (parsedMethod is null)
        {
            problem = ApiProblem.BadParameter("method", $"is '{method}': use jenks, quantile, equal or headtail.");
            return null;
        }

        if (!QueryNumbers.TryParse(k, "k", defaults.K, PovertyDensityParameters.MinClasses, PovertyDensityParameters.MaxClasses, out var parsedK, out var kProblem))
        {
            problem = kProblem;
            return null;
        }

        return new PovertyDensityParameters(parsedYear, parsedIndicator.Value, parsedMethod.Value, parsedK);
    }

    private static bool MatchesETag(HttpRequest request, string etag)
    {
        foreach (var value in request.GetTypedHeaders().IfNoneMatch ?? [])
        {
            if (value.Equals(EntityTagHeaderValue.Any) || value.Compare(new EntityTagHeaderValue(etag), useStrongComparison: true))
            {
                return true;
            }
        }

        return false;
    }

    private static ProblemHttpResult UnknownLayer(string name) =>
        ApiProblem.NotFound(
            "No such tile layer.",
            $"There is no tile layer called '{name}'. The layers are: {TileLayerCatalog.Names}.");
}
