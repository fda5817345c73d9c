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

    /// <summary>400: a field of a request body is wrong; <paramref name="detail"/> names it already, by its path.</summary>
    public static ProblemHttpResult BadField(string field, string detail) =>
        TypedResults.Problem(
            title: $"The field '{field}' is not valid.",
            detail: detail,
            statusCode: StatusCodes.Status400BadRequest,
            extensions: new Dictionary<string, object?> { ["parameter"] = field });

    /// <summary>404: no such thing.</summary>
    public static ProblemHttpResult NotFound(string title, string detail) =>
        TypedResults.Problem(title: title, detail: detail, statusCode: StatusCodes.Status404NotFound);
}
