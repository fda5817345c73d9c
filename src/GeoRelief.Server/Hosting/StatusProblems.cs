using Microsoft.AspNetCore.Http.Metadata;

namespace GeoRelief.Server.Hosting;

/// <summary>
/// The words for the answers ASP.NET Core gives on its own, with a status and nothing else: a 404 for a path nothing is
/// served at and a 415 for a body of the wrong media type say what to do instead. Answers that already carry a
/// detail (every one GeoRelief writes itself) are left as they are.
/// </summary>
public static class StatusProblems
{
    /// <summary>Fills in <see cref="ProblemDetailsContext.ProblemDetails"/>' detail for a bare 404 or 415.</summary>
    public static void Explain(ProblemDetailsContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var problem = context.ProblemDetails;
        if (problem.Detail is not null)
        {
            return;
        }

        var request = context.HttpContext.Request;
        switch (problem.Status)
        {
            case StatusCodes.Status404NotFound when context.HttpContext.GetEndpoint() is null:
                problem.Detail = $"Nothing is served at {request.Path}: the API's endpoints are listed in /openapi/v1.json, the tile layers in /tiles, the map themes in /styles, the OGC API at /ogc; the web map is at /.";
                break;
            case StatusCodes.Status415UnsupportedMediaType:
                var accepted = context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<IAcceptsMetadata>()?.ContentTypes ?? ["application/json"];
                var sent = string.IsNullOrEmpty(request.ContentType) ? "has no Content-Type" : $"is {request.ContentType}";
                problem.Detail = $"The request's body {sent}; {request.Method} {request.Path} reads {string.Join(" or ", accepted)}: send the body with 'Content-Type: {accepted[0]}'.";
                problem.Extensions["parameter"] = "Content-Type";
                break;
        }
    }
}
