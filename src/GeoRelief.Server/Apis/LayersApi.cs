using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using GeoRelief.Core.Admin;
using GeoRelief.Data.AdminUnits;
using GeoRelief.Data.Layers;
using GeoRelief.Server.Apis.Layers;
using GeoRelief.Server.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;
using Npgsql;

namespace GeoRelief.Server.Apis;

/// <summary>
/// Every layer of the catalogue: list, export, read, create, replace, delete (docs/api.md). The layer name in the URL
/// is looked up in the catalogue only; writes need an editor token and stay inside the token's unit.
/// </summary>
public static class LayersApi
{
    private const int DefaultLimit = 100;
    private const int MaxLimit = 10000;

    public static IEndpointRouteBuilder MapLayersApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1").WithTags("Layers");
        group.MapGet("/{layer}", ListFeatures)
            .TakesQuery("within", "bbox", "limit", "offset", "format")
            .RequireAuthorization(GeoReliefPolicies.Read)
            .WithName(nameof(ListFeatures))
            .WithSummary("Lists or exports a layer's features, optionally within a unit and a bounding box.")
            .WithDescription("within: NBS code; bbox: minLon,minLat,maxLon,maxLat; limit (default 100, at most 10000; exports default to all) and offset; format: json, geojson, csv (UTF-8 with BOM) or xlsx (Excel; codes as text).");
        group.MapGet("/{layer}/{id}", GetFeature)
            .RequireAuthorization(GeoReliefPolicies.Read)
            .WithName(nameof(GetFeature))
            .WithSummary("One feature, with its ETag. Two-column keys are written {first}:{second}, e.g. village-years/522628100201-01:2019.");
        group.MapPost("/{layer}", CreateFeature)
            .RequireAuthorization(GeoReliefPolicies.Editor)
            .WithName(nameof(CreateFeature))
            .WithSummary("Creates a feature (editor token).");
        group.MapPut("/{layer}/{id}", ReplaceFeature)
            .RequireAuthorization(GeoReliefPolicies.Editor)
            .WithName(nameof(ReplaceFeature))
            .WithSummary("Replaces a feature's attributes and geometry (editor token; If-Match optional, 412 when stale).");
        group.MapDelete("/{layer}/{id}", DeleteFeature)
            .RequireAuthorization(GeoReliefPolicies.Editor)
            .WithName(nameof(DeleteFeature))
            .WithSummary("Deletes a feature (editor token; If-Match optional, 412 when stale).");
        return app;
    }

    public static async Task<Results<FeatureListResult, ProblemHttpResult>> ListFeatures(
        string layer,
        string? within,
        string? bbox,
        string? limit,
        string? offset,
        string? format,
        LayerReader reader,
        AdminUnitStore units,
        CancellationToken cancellationToken)
    {
        if (LayerCatalog.Find(layer) is not { } definition)
        {
            return LayerProblems.UnknownLayer(layer);
        }

        var parsedFormat = FeatureFormat.Json;
        // By name only: Enum.TryParse would also take "3".
        if (format is not null && (!Enum.TryParse(format, ignoreCase: true, out parsedFormat) || !format.All(char.IsLetter)))
        {
            return ApiProblem.BadParameter("format", $"'{format}' is not a format; use json, geojson, csv or xlsx.");
        }

        string? withinCode = null;
        if (within is not null)
        {
            if (!AdminCode.TryParse(within, out var code, out var problem))
            {
                return ApiProblem.BadParameter("within", problem!);
            }

            if (!await units.ExistsAsync(code.Value, cancellationToken))
            {
                return ApiProblem.NotFound("No such administrative unit.", $"No administrative unit has the code {code.Value}. List the units with /api/v1/admin-units?level=county to find the right code.");
            }

            withinCode = code.Value;
        }

        BoundingBox? box = null;
        if (bbox is not null)
        {
            if (!definition.HasGeometry)
            {
                return ApiProblem.BadParameter("bbox", $"cannot be used with {definition.Name}, which has no geometry; use within=CODE.");
            }

            if (!TryParseBbox(bbox, out box, out var bboxProblem))
            {
                return ApiProblem.BadParameter("bbox", bboxProblem);
            }
        }

        // Exports (GeoJSON, CSV) stream the whole selection unless a limit is given; JSON pages.
        var export = parsedFormat != FeatureFormat.Json;
        int? parsedLimit = null;
        if (limit is not null || !export)
        {
            if (!QueryNumbers.TryParse(limit, "limit", DefaultLimit, 1, export ? int.MaxValue : MaxLimit, out var l, out var limitProblem))
            {
                return limitProblem;
            }

            parsedLimit = l;
        }

        if (!QueryNumbers.TryParse(offset, "offset", 0, 0, int.MaxValue, out var parsedOffset, out var offsetProblem))
        {
            return offsetProblem;
        }

        var encoding = parsedFormat is FeatureFormat.Csv or FeatureFormat.Xlsx ? GeometryEncoding.LonLatOrWkt : GeometryEncoding.GeoJson;
        var records = reader.ListAsync(definition, new LayerQuery(withinCode, box, parsedLimit, parsedOffset), encoding, cancellationToken);
        return new FeatureListResult(definition, records, parsedFormat, withinCode is null ? definition.Name : definition.Name + "-" + withinCode);
    }

    public static async Task<Results<FeatureResult, ProblemHttpResult>> GetFeature(
        string layer,
        string id,
        LayerReader reader,
        CancellationToken cancellationToken)
    {
        if (!TryResolve(layer, id, out var definition, out var key, out var problem))
        {
            return problem;
        }

        var record = await reader.GetAsync(definition, key, cancellationToken);
        return record is null ? LayerProblems.UnknownFeature(definition, key.Text) : new FeatureResult(definition, record, StatusCodes.Status200OK);
    }

    public static async Task<Results<FeatureResult, ProblemHttpResult>> CreateFeature(
        string layer,
        HttpRequest request,
        ClaimsPrincipal user,
        LayerEditor editor,
        NpgsqlDataSource dataSource,
        CancellationToken cancellationToken)
    {
        if (LayerCatalog.Find(layer) is not { } definition)
        {
            return LayerProblems.UnknownLayer(layer);
        }

        var (input, problem) = await ReadInputAsync(request, dataSource, definition, null, cancellationToken);
        if (input is null)
        {
            return problem!;
        }

        var result = await editor.CreateAsync(definition, input, ApiTokenClaims.Author(user), cancellationToken);
        return Answer(definition, input.Key, result, user, $"/api/v1/{definition.Name}/{Uri.EscapeDataString(input.Key.Text)}");
    }

    public static async Task<Results<FeatureResult, ProblemHttpResult>> ReplaceFeature(
        string layer,
        string id,
        HttpRequest request,
        ClaimsPrincipal user,
        LayerEditor editor,
        NpgsqlDataSource dataSource,
        CancellationToken cancellationToken)
    {
        if (!TryResolve(layer, id, out var definition, out var key, out var problem))
        {
            return problem;
        }

        if (!TryReadIfMatch(request, out var ifMatch, out var ifMatchProblem))
        {
            return ifMatchProblem;
        }

        var (input, inputProblem) = await ReadInputAsync(request, dataSource, definition, key, cancellationToken);
        if (input is null)
        {
            return inputProblem!;
        }

        var result = await editor.ReplaceAsync(definition, input, ifMatch, ApiTokenClaims.Author(user), cancellationToken);
        return Answer(definition, key, result, user, null);
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteFeature(
        string layer,
        string id,
        HttpRequest request,
        ClaimsPrincipal user,
        LayerEditor editor,
        CancellationToken cancellationToken)
    {
        if (!TryResolve(layer, id, out var definition, out var key, out var problem))
        {
            return problem;
        }

        if (!TryReadIfMatch(request, out var ifMatch, out var ifMatchProblem))
        {
            return ifMatchProblem;
        }

        var result = await editor.DeleteAsync(definition, key, ifMatch, ApiTokenClaims.Author(user), cancellationToken);
        return result.Outcome == EditOutcome.Deleted ? TypedResults.NoContent() : Refusal(definition, key, result, user);
    }

    private static Results<FeatureResult, ProblemHttpResult> Answer(LayerDefinition layer, LayerKey key, EditResult result, ClaimsPrincipal user, string? location) =>
        result.Outcome switch
        {
            EditOutcome.Created => new FeatureResult(layer, result.Feature!, StatusCodes.Status201Created, location),
            EditOutcome.Updated => new FeatureResult(layer, result.Feature!, StatusCodes.Status200OK),
            _ => Refusal(layer, key, result, user),
        };

    private static ProblemHttpResult Refusal(LayerDefinition layer, LayerKey key, EditResult result, ClaimsPrincipal user) =>
        result.Outcome switch
        {
            EditOutcome.NotFound => LayerProblems.UnknownFeature(layer, key.Text),
            EditOutcome.AlreadyExists => LayerProblems.AlreadyExists(layer, key.Text),
            EditOutcome.PreconditionFailed => LayerProblems.Stale(layer, key.Text, result.CurrentETag),
            EditOutcome.OutsideScope => LayerProblems.OutsideScope(layer, key.Text, ApiTokenClaims.Author(user).Within!, result.OutsideCodes!),
            EditOutcome.Rejected => LayerProblems.Invalid(layer, result.Errors!),
            _ => throw new InvalidOperationException($"The outcome {result.Outcome} is not a refusal."),
        };

    private static bool TryResolve(string layer, string id, out LayerDefinition definition, out LayerKey key, out ProblemHttpResult problem)
    {
        key = null!;
        problem = null!;
        if (LayerCatalog.Find(layer) is not { } found)
        {
            definition = null!;
            problem = LayerProblems.UnknownLayer(layer);
            return false;
        }

        definition = found;
        if (!LayerKey.TryParse(definition, RouteValues.Id(id), out key, out var keyProblem))
        {
            problem = ApiProblem.BadParameter("id", keyProblem!);
            return false;
        }

        return true;
    }

    private static async Task<(FeatureInput? Input, ProblemHttpResult? Problem)> ReadInputAsync(
        HttpRequest request, NpgsqlDataSource dataSource, LayerDefinition layer, LayerKey? key, CancellationToken ct)
    {
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(request.Body, cancellationToken: ct);
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $" (line {line + 1}, position {e.BytePositionInLine + 1})" : string.Empty;
            return (null, LayerProblems.MalformedBody($"{e.Message.Split(" Path:", 2)[0].TrimEnd('.')}{where}."));
        }

        using (document)
        {
            var validation = await FeatureValidation.ValidateAsync(dataSource, layer, document.RootElement, key, ct);
            return validation.IsValid ? (validation.Input, null) : (null, LayerProblems.Invalid(layer, validation.Errors));
        }
    }

    /// <summary>If-Match as strong tags without quotes (<c>*</c> for any); null when absent. Weak tags never match.</summary>
    private static bool TryReadIfMatch(HttpRequest request, out IReadOnlyCollection<string>? tags, out ProblemHttpResult problem)
    {
        problem = null!;
        tags = null;
        var header = request.Headers.IfMatch;
        if (header.Count == 0)
        {
            return true;
        }

        if (!EntityTagHeaderValue.TryParseStrictList(header, out var parsed))
        {
            problem = LayerProblems.BadIfMatch(header.ToString());
            return false;
        }

        tags = [.. parsed.Where(t => !t.IsWeak).Select(t => t.Tag == "*" ? "*" : t.Tag.Value!.Trim('"'))];
        return true;
    }

    private static bool TryParseBbox(string text, out BoundingBox? box, out string problem)
    {
        box = null;
        problem = string.Empty;
        var parts = text.Split(',');
        var numbers = new double[4];
        if (parts.Length != 4 || !parts.Select((p, i) => double.TryParse(p, NumberStyles.Float, CultureInfo.InvariantCulture, out numbers[i])).All(ok => ok))
        {
            problem = $"'{text}' is not a box: give four numbers minLon,minLat,maxLon,maxLat in degrees, e.g. 108.9,26.5,109.3,26.9.";
            return false;
        }

        if (numbers[0] > numbers[2] || numbers[1] > numbers[3] || numbers[0] < -180 || numbers[2] > 180 || numbers[1] < -90 || numbers[3] > 90)
        {
            problem = $"'{text}' is not a box: minLon must not exceed maxLon nor minLat maxLat, within ±180° and ±90°, in the order minLon,minLat,maxLon,maxLat.";
            return false;
        }

        box = new BoundingBox(numbers[0], numbers[1], numbers[2], numbers[3]);
        return true;
    }
}
