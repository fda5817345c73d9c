using Microsoft.AspNetCore.Http.HttpResults;

namespace GeoRelief.Server.Apis;

/// <summary>
/// The ProblemDetails GeoRelief answers with: each names the parameter or field, what was wrong and what to
/// do, in words a planner understands (CONVENTIONS.md, habit 8).
/// </summary>
public static class ApiProblem
{
    /// <summary>400: a query or route parameter is malformed.</summary>
    public static ProblemHttpResult BadParameter(string parameter, string problem) =>
        TypedResults.Problem(
            title: $"The parameter '{parameter}' is not valid.",
            detail: $"'{parameter}' {problem}",
            statusCode: StatusCodes.Status400BadRequest,
            extensions: new Dictionary<string, object?> { ["parameter"] = parameter });

    /// <summary>404: no such thing.</summary>
    public static ProblemHttpResult NotFound(string title, string detail) =>
        TypedResults.Problem(title: title, detail: detail, statusCode: StatusCodes.Status404NotFound);
}
