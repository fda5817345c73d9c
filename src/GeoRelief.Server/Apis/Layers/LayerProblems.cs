using GeoRelief.Data.Layers;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GeoRelief.Server.Apis.Layers;

/// <summary>The ProblemDetails of the layers API, each saying what was wrong and what to do.</summary>
public static class LayerProblems
{
    public static ProblemHttpResult UnknownLayer(string name) =>
        TypedResults.Problem(
            title: "No such layer.",
            detail: $"There is no layer '{name}'. The layers are: {LayerCatalog.Names}.",
            statusCode: StatusCodes.Status404NotFound,
            extensions: new Dictionary<string, object?> { ["layers"] = LayerCatalog.All.Select(l => l.Name).ToArray() });

    public static ProblemHttpResult UnknownFeature(LayerDefinition layer, string key) =>
        ApiProblem.NotFound(
            "No such feature.",
            $"{layer.Name} has no feature with the key '{key}'. List them with GET /api/v1/{layer.Name}?within=CODE.");

    public static ProblemHttpResult MalformedBody(string problem) =>
        TypedResults.Problem(
            title: "The body is not valid JSON.",
            detail: $"The request body could not be read as JSON: {problem} Send one JSON object with the feature's attributes and its geometry.",
            statusCode: StatusCodes.Status400BadRequest,
            extensions: new Dictionary<string, object?> { ["parameter"] = "body" });

    public static ProblemHttpResult Invalid(LayerDefinition layer, IReadOnlyDictionary<string, string[]> errors) =>
        TypedResults.Problem(
            title: "The feature is not valid.",
            detail: $"{errors.Count} field(s) of the {layer.Name} feature need correcting: {string.Join(" ", errors.SelectMany(e => e.Value))}",
            statusCode: StatusCodes.Status422UnprocessableEntity,
            extensions: new Dictionary<string, object?> { ["errors"] = errors });

    public static ProblemHttpResult AlreadyExists(LayerDefinition layer, string key) =>
        TypedResults.Problem(
            title: "The feature exists already.",
            detail: $"{layer.Name} has a feature with the key '{key}' already. Change it with PUT /api/v1/{layer.Name}/{Uri.EscapeDataString(key)}, or choose another key.",
            statusCode: StatusCodes.Status409Conflict);

    public static ProblemHttpResult Stale(LayerDefinition layer, string key, string? current) =>
        TypedResults.Problem(
            title: "The feature has changed since you read it.",
            detail: $"If-Match does not name the current version of {layer.Name}/{key}: someone changed it after you read it. GET it again, redo your change on the fresh copy, and send it with the new ETag.",
            statusCode: StatusCodes.Status412PreconditionFailed,
            extensions: new Dictionary<string, object?> { ["currentETag"] = current is null ? null : FeatureResult.EntityTag(current) });

    public static ProblemHttpResult OutsideScope(LayerDefinition layer, string key, string within, IReadOnlyList<string> codes) =>
        TypedResults.Problem(
            title: "The feature lies outside the area of your token.",
            detail: codes.Count == 0
                ? $"Your token may edit only within {within}, and {layer.Name}/{key} lies in no administrative unit at all (outside every village boundary). Ask an administrator for an unscoped token."
                : $"Your token may edit only within {within}, but {layer.Name}/{key} lies (before or after this change) in {string.Join(", ", codes)}. Ask an administrator of that area, or for a token covering it.",
            statusCode: StatusCodes.Status403Forbidden,
            extensions: new Dictionary<string, object?> { ["within"] = within, ["locatedCodes"] = codes });

    public static ProblemHttpResult BadIfMatch(string value) =>
        ApiProblem.BadParameter("If-Match", $"'{value}' is not an entity tag: send the ETag of a GET as it came, quotes included (e.g. \"3f2a…\"), or *.");
}
