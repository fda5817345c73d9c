namespace GeoRelief.Server.Apis;

/// <summary>
/// Refuses query parameters an endpoint does not take: 400 naming the parameter and listing those it takes. A misspelt
/// filter (<c>withn=522628</c>, <c>admin-code=522628</c>) would otherwise be ignored, and the answer would silently cover
/// more than was asked. OGC API – Features Part 1 requires the same of its endpoints (/req/core/query-param-unknown).
/// </summary>
public static class QueryParameters
{
    /// <summary>Lets the endpoint's requests carry only the query parameters <paramref name="names"/> (compared without case).</summary>
    public static RouteHandlerBuilder TakesQuery(this RouteHandlerBuilder builder, params string[] names)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(names);
        var taken = new HashSet<string>(names, StringComparer.OrdinalIgnoreCase);
        var listed = string.Join(", ", names);
        return builder.AddEndpointFilter(async (context, next) =>
        {
            if (context.HttpContext.Request.Query.Keys.FirstOrDefault(k => !taken.Contains(k)) is { } unknown)
            {
                return ApiProblem.BadParameter(unknown, $"is not a parameter of this request: it takes {listed}.");
            }

            return await next(context);
        });
    }
}
