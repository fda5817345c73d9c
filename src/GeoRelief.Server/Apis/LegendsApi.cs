using GeoRelief.Core.Styles;
using GeoRelief.Server.Apis.Styles;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GeoRelief.Server.Apis;

/// <summary>Legends of the map themes: classes with bounds, colours, counts and labels in Chinese and English.</summary>
public static class LegendsApi
{
    public static IEndpointRouteBuilder MapLegendsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/legends/{theme}.json", GetLegend)
            .WithTags("Styles and legends")
            .WithName(nameof(GetLegend))
            .WithSummary("Legend of a theme: its classes (lower, upper, colour, count, labels zh/en), the parameters and the data version; the same breaks as the style.")
            .WithDescription($"theme: {string.Join(", ", ThemeLegendService.Themes)}. poverty-density takes year, indicator, method and k; job-access method and k.");
        return app;
    }

    public static async Task<Results<Ok<ThemeLegend>, ProblemHttpResult>> GetLegend(
        string theme,
        HttpContext context,
        ThemeLegendService legends,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(legends);
        var (request, problem) = await ThemeRequest.ParseAsync(theme, context.Request, legends, cancellationToken);
        if (request is null)
        {
            return problem!;
        }

        return TypedResults.Ok(await legends.BuildAsync(request.Theme, request.Parameters, cancellationToken));
    }
}
