using System.Globalization;
using System.Security.Claims;
using GeoRelief.Core.Imports;
using GeoRelief.Data.Imports;
using GeoRelief.Server.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace GeoRelief.Server.Apis;

/// <summary>
/// Imports of planners' files (GeoJSON, CSV, Excel, zipped Shapefile, GeoPackage) and their reports. An import writes, so it
/// takes an editor token; a token scoped to a unit (<c>--within</c>) imports only rows lying within it, by the
/// located codes the Layers API checks; reading the reports follows the read policy.
/// </summary>
public static class ImportsApi
{
    public static IEndpointRouteBuilder MapImportsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/imports").WithTags("Imports");
        group.MapPost("/", PostImport)
            .WithName(nameof(PostImport))
            .WithSummary("Imports a file into a layer; returns the batch with its report.")
            .WithDescription("multipart/form-data: file (GeoJSON, CSV, Excel .xlsx/.xls, zipped Shapefile or GeoPackage), layer, and optionally crs, encoding (utf-8|gbk|gb18030), sheet (an Excel worksheet's name), dryRun, skipInvalid, makeValid (true|false). "
                + "Needs an editor token (401 without, 403 for a viewer); a token scoped to a unit gets 403 ProblemDetails naming the rows that lie outside it, and nothing is written. "
                + "201 with the report when written, 200 for a dry run, 422 ProblemDetails (with the report) when the file was rejected and nothing was written.")
            .RequireAuthorization(GeoReliefPolicies.Editor)
            .DisableAntiforgery()
            .WithMetadata(new DisableRequestSizeLimitAttribute());
        group.MapGet("/{id}", GetImport)
            .WithName(nameof(GetImport))
            .WithSummary("One import batch with the first report lines.");
        group.MapGet("/{id}/report", GetImportReport)
            .WithName(nameof(GetImportReport))
            .WithSummary("Every report line of a batch: row, field, problem, severity, message, value, hint (format=json or csv).");
        return app;
    }

    public static async Task<Results<Created<ImportReport>, Ok<ImportReport>, ProblemHttpResult>> PostImport(
        HttpRequest request, ClaimsPrincipal user, FeatureImporter importer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!request.HasFormContentType)
        {
            return ApiProblem.BadParameter("file", "is missing: send multipart/form-data with the file in a part named 'file' and the layer in 'layer'.");
        }

        var form = await request.ReadFormAsync(cancellationToken);
        if (form.Files.GetFile("file") is not { Length: > 0 } file)
        {
            return ApiProblem.BadParameter("file", "is missing or empty: send the file in a multipart part named 'file'.");
        }

        var layerName = form["layer"].ToString();
        if (ImportLayers.Find(layerName) is not { } layer)
        {
            return ApiProblem.BadParameter("layer", $"'{layerName}' is not a layer that takes imports; use one of {ImportLayers.Names}.");
        }

        bool? dryRun = Flag(form, "dryRun"), skipInvalid = Flag(form, "skipInvalid"), makeValid = Flag(form, "makeValid");
        foreach (var (name, value) in new[] { ("dryRun", dryRun), ("skipInvalid", skipInvalid), ("makeValid", makeValid) })
        {
            if (value is null)
            {
                return ApiProblem.BadParameter(name, $"'{form[name]}' is not allowed: give true or false.");
            }
        }

        var fileName = Path.GetFileName(file.FileName);
        var path = Path.Combine(Path.GetTempPath(), "georelief-upload-" + Guid.NewGuid().ToString("N") + Path.GetExtension(fileName));
        try
        {
            await using (var target = File.Create(path))
            {
                await file.CopyToAsync(target, cancellationToken);
            }

            var importRequest = new ImportRequest(path, fileName, layer, Text(form, "crs"), dryRun!.Value, skipInvalid!.Value, makeValid!.Value, Text(form, "encoding"), ApiTokenClaims.Author(user).Within, Text(form, "sheet"));
            var report = await importer.ImportAsync(importRequest, cancellationToken);
            return report.Status switch
            {
                ImportStatus.Committed => TypedResults.Created($"/api/v1/imports/{report.BatchId}", report),
                ImportStatus.DryRun => TypedResults.Ok(report),
                _ => TypedResults.Problem(
                    title: "The file was rejected; nothing was written.",
                    detail: string.Create(CultureInfo.InvariantCulture, $"{report.RowsRejected} of {report.RowsRead} rows (or the file itself) have errors; see the report, fix them and import again, or import the valid rows with skipInvalid=true."),
                    statusCode: StatusCodes.Status422UnprocessableEntity,
                    extensions: new Dictionary<string, object?> { ["report"] = report }),
            };
        }
        catch (ImportException e)
        {
            return ApiProblem.BadParameter(e.Parameter ?? "file", e.Message);
        }
        catch (ImportScopeException e)
        {
            return OutsideScope(e);
        }
        finally
        {
            File.Delete(path);
        }
    }

    public static async Task<Results<Ok<ImportReport>, ProblemHttpResult>> GetImport(string id, ImportBatchStore store, CancellationToken cancellationToken)
    {
        if (!long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var batchId))
        {
            return ApiProblem.BadParameter("id", $"'{id}' is not a batch id: ids are whole numbers, as returned by POST /api/v1/imports.");
        }

        var report = await store.GetReportAsync(batchId, FeatureImporter.ReportProblemLimit, cancellationToken);
        return report is null ? UnknownBatch(batchId) : TypedResults.Ok(report);
    }

    public static async Task<Results<Ok<IAsyncEnumerable<ImportProblem>>, FileStreamHttpResult, ProblemHttpResult>> GetImportReport(
        string id, string? format, ImportBatchStore store, CancellationToken cancellationToken)
    {
        if (!long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var batchId))
        {
            return ApiProblem.BadParameter("id", $"'{id}' is not a batch id: ids are whole numbers, as returned by POST /api/v1/imports.");
        }

        if (format is not (null or "json" or "csv"))
        {
            return ApiProblem.BadParameter("format", $"'{format}' is not allowed: use json or csv.");
        }

        if (await store.GetReportAsync(batchId, 0, cancellationToken) is null)
        {
            return UnknownBatch(batchId);
        }

        var lines = store.ReadProblemsAsync(batchId, int.MaxValue, cancellationToken);
        if (format != "csv")
        {
            return TypedResults.Ok(lines);
        }

        var csv = new MemoryStream();
        await ImportReportCsv.WriteAsync(csv, lines, cancellationToken);
        csv.Position = 0;
        return TypedResults.File(csv, "text/csv; charset=utf-8", string.Create(CultureInfo.InvariantCulture, $"import-{batchId}-report.csv"));
    }

    private static ProblemHttpResult OutsideScope(ImportScopeException e)
    {
        var rows = string.Join("; ", e.Violations.Select(v => string.Create(CultureInfo.InvariantCulture,
            $"row {v.Row} ({v.Feature}) in {(v.LocatedCodes.Count == 0 ? "no unit" : string.Join(", ", v.LocatedCodes))}")));
        var extent = e.Extent is { } box ? string.Create(CultureInfo.InvariantCulture, $" They lie within {box[0]},{box[1]},{box[2]},{box[3]} (minLon,minLat,maxLon,maxLat).") : string.Empty;
        return TypedResults.Problem(
            title: "The file has rows outside the area of your token; nothing was written.",
            detail: string.Create(CultureInfo.InvariantCulture,
                $"Your token may write only within {e.Within}, but {e.OutsideRows} rows of the file lie elsewhere: {rows}{(e.OutsideRows > e.Violations.Count ? " …" : string.Empty)}.{extent} Remove those rows (or check their coordinates and --crs), or ask an administrator for a token covering them."),
            statusCode: StatusCodes.Status403Forbidden,
            extensions: new Dictionary<string, object?>
            {
                ["within"] = e.Within,
                ["outsideRows"] = e.OutsideRows,
                ["rows"] = e.Violations,
                ["extent"] = e.Extent,
            });
    }

    private static ProblemHttpResult UnknownBatch(long id) =>
        ApiProblem.NotFound("No such import batch.", string.Create(CultureInfo.InvariantCulture, $"No import batch has the id {id}. POST /api/v1/imports returns the id of each import."));

    private static string? Text(IFormCollection form, string name) => form[name].ToString() is { Length: > 0 } value ? value : null;

    private static bool? Flag(IFormCollection form, string name) => form[name].ToString().ToLowerInvariant() switch
    {
        "" or "false" or "0" => false,
        "true" or "1" or "on" => true,
        _ => null,
    };
}
