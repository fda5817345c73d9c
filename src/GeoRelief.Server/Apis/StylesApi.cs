using System.Text.Json.Nodes;
using GeoRelief.Core.Styles;
using GeoRelief.Data.Tiles;
using GeoRelief.Server.Apis.Styles;
using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;

namespace GeoRelief.Server.Apis;

/// <summary>MapLibre styles (version 8) of the map themes, standing on GeoRelief's own tiles only.</summary>
public static class StylesApi
{
    public static IEndpointRouteBuilder MapStylesApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/styles", GetStyleIndex)
            .WithTags("Styles and legends")
            .WithName(nameof(GetStyleIndex))
            .WithSummary("The map themes, each with its titles, MapLibre style and legend.");
        app.MapGet("/styles/{theme}.json", GetStyle)
            .WithTags("Styles and legends")
            .WithName(nameof(GetStyle))
            .WithSummary("MapLibre style of a theme: GeoRelief's own tile sources, administrative boundaries as the base, colours and breaks from the classification.")
            .WithDescription($"theme: {string.Join(", ", ThemeLegendService.Themes)}. year, indicator, method and k are passed on to the thematic tiles and the legend.");
        return app;
    }

    public static Ok<StyleIndex> GetStyleIndex(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var root = $"{request.Scheme}://{request.Host}{request.PathBase}";
        return TypedResults.Ok(new StyleIndex([.. MapThemes.All.Select(t =>
            new StyleIndexEntry(t.Name, t.TitleZh, t.TitleEn, $"{root}/styles/{t.Name}.json", $"{root}/legends/{t.Name}.json"))]));
    }

    public static async Task<Results<Ok<JsonObject>, ProblemHttpResult>> GetStyle(
        string theme,
        HttpContext context,
        ThemeLegendService legends,
        NpgsqlDataSource dataSource,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(legends);
        var (request, problem) = await ThemeRequest.ParseAsync(theme, context.Request, legends, cancellationToken);
        if (request is null)
        {
            return problem!;
        }

        var legend = await legends.BuildAsync(request.Theme, request.Parameters, cancellationToken);
        var bounds = await TileDataBounds.ReadAsync(dataSource, cancellationToken) ?? new Core.Tiles.TileBounds(73, 18, 135, 54);
        var zoom = Math.Clamp(Math.Floor(Math.Log2(360 / Math.Max(bounds.Width, 1e-6))), 0, TileLayerCatalog.MaxZoom);
        var http = context.Request;
        var parameters = new MapStyleParameters(
            $"{http.Scheme}://{http.Host}{http.PathBase}",
            request.Query,
            (bounds.MinX + bounds.MaxX) / 2,
            (bounds.MinY + bounds.MaxY) / 2,
            zoom);
        return TypedResults.Ok(MapStyleBuilder.Build(legend, parameters));
    }
}
