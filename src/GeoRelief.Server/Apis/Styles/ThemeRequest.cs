using GeoRelief.Data.Tiles;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GeoRelief.Server.Apis.Styles;

/// <summary>The theme and the poverty parameters of a style or legend request, checked as the tiles check them.</summary>
public sealed record ThemeRequest(string Theme, PovertyDensityParameters Parameters, string Query)
{
    private static readonly string[] PassedOn = ["year", "indicator", "method", "k"];

    /// <summary>
    /// Checks the theme and the parameters year, indicator, method and k (a year must have figures); on failure
    /// Problem is the 404 or 400 to answer. Without a year, poverty-density shows the latest year with poor people.
    /// </summary>
    public static async Task<(ThemeRequest? Request, ProblemHttpResult? Problem)> ParseAsync(
        string theme, HttpRequest request, ThemeLegendService legends, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(legends);
        if (!ThemeLegendService.Themes.Contains(theme, StringComparer.Ordinal))
        {
            return (null, ApiProblem.NotFound(
                "No such map theme.",
                $"There is no map theme called '{theme}'. The themes are: {string.Join(", ", ThemeLegendService.Themes)}."));
        }

        var query = request.Query;
        var parameters = TilesApi.ParsePoverty(query["year"], query["indicator"], query["method"], query["k"], out var problem);
        if (parameters is null)
        {
            return (null, problem);
        }

        if (parameters.Year is { } wanted && await legends.PovertyYearsAsync(cancellationToken) is var years && !years.Contains(wanted))
        {
            return (null, ApiProblem.BadParameter("year", years.Count == 0
                ? $"is {wanted}, but the database holds no poverty figures yet: load the sample or import village figures first."
                : $"is {wanted}, which has no poverty figures: give a year from {years[0]} to {years[^1]} or leave it out for the latest."));
        }

        var given = PassedOn.Where(p => query.ContainsKey(p)).ToDictionary(p => p, p => query[p].ToString(), StringComparer.Ordinal);
        if (theme == "poverty-density" && parameters.Year is null && await legends.DefaultPovertyYearAsync(parameters, cancellationToken) is { } year)
        {
            // Pinned in the URLs too, so the tiles and the legend show the same year.
            parameters = parameters with { Year = year };
            given["year"] = year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var passed = string.Join('&', PassedOn
            .Where(given.ContainsKey)
            .Select(p => $"{p}={Uri.EscapeDataString(given[p])}"));
        return (new ThemeRequest(theme, parameters, passed.Length > 0 ? "?" + passed : string.Empty), null);
    }
}
