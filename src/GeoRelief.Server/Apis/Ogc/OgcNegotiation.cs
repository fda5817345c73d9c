using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace GeoRelief.Server.Apis.Ogc;

/// <summary>
/// Chooses JSON or HTML: the <c>f</c> query parameter when given (json or html), else the Accept header — HTML when it
/// prefers text/html to any JSON type (as browsers do), JSON otherwise.
/// </summary>
public static class OgcNegotiation
{
    /// <summary>The query parameter that chooses the format.</summary>
    public const string Parameter = "f";

    /// <summary>The format, or a 400 naming <c>f</c>.</summary>
    public static bool TryChoose(HttpRequest request, out OgcFormat format, out ProblemHttpResult problem)
    {
        ArgumentNullException.ThrowIfNull(request);
        problem = null!;
        format = OgcFormat.Json;
        if (request.Query.TryGetValue(Parameter, out var f))
        {
            switch (f.ToString())
            {
                case "json":
                    return true;
                case "html":
                    format = OgcFormat.Html;
                    return true;
                default:
                    problem = ApiProblem.BadParameter(Parameter, $"is '{f}': use json (GeoJSON/JSON) or html.");
                    return false;
            }
        }

        var accepted = request.GetTypedHeaders().Accept;
        if (accepted is null || accepted.Count == 0)
        {
            return true;
        }

        var best = accepted
            .Where(a => (a.Quality ?? 1) > 0)
            .Select((a, index) => (Media: a, Index: index))
            .OrderByDescending(a => a.Media.Quality ?? 1)
            .ThenBy(a => a.Index)
            .Select(a => a.Media)
            .FirstOrDefault(a => a.MatchesMediaType("text/html") || IsJson(a));
        if (best is not null && best.MatchesMediaType("text/html") && !best.MatchesAllTypes)
        {
            format = OgcFormat.Html;
        }

        return true;
    }

    private static bool IsJson(MediaTypeHeaderValue media) =>
        media.MatchesMediaType("application/json") || media.MatchesMediaType("application/geo+json") || media.MatchesAllTypes;
}
