using System.Text.Json;
using GeoRelief.Server.Apis;
using Microsoft.AspNetCore.Diagnostics;

namespace GeoRelief.Server.Hosting;

/// <summary>
/// Answers a request whose typed JSON body could not be read (a misspelt field, a value of the wrong kind, broken JSON,
/// no body) with a 400 ProblemDetails naming the field, instead of a bare "Bad Request". The endpoints' binding throws
/// instead of answering on its own (<c>RouteHandlerOptions.ThrowOnBadRequest</c>), so every such failure comes here.
/// </summary>
public sealed class RequestBodyExceptionHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        if (exception is not BadHttpRequestException badRequest)
        {
            return false;
        }

        var (field, problem) = badRequest.InnerException is JsonException json
            ? JsonBodyProblem.Describe(json)
            // The framework's own words name its C# parameter ("Implicit body inferred for parameter \"request\""): not the planner's.
            : ("body", "is missing or could not be read: send the request's fields as a JSON object with Content-Type: application/json (they are listed in /openapi/v1.json).");
        httpContext.Response.StatusCode = badRequest.StatusCode;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails =
            {
                Status = badRequest.StatusCode,
                Title = $"The field '{field}' is not valid.",
                Detail = $"'{field}' {problem}",
                Extensions = { ["parameter"] = field },
            },
        });
    }
}
