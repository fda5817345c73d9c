using System.Globalization;
using GeoRelief.Data.Audit;
using GeoRelief.Data.Layers;
using GeoRelief.Server.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GeoRelief.Server.Apis;

/// <summary>The audit trail of changes made through the API, for administrators.</summary>
public static class AuditApi
{
    private const int DefaultLimit = 100;
    private const int MaxLimit = 10000;

    public static IEndpointRouteBuilder MapAuditApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/audit", ListAudit)
            .RequireAuthorization(GeoReliefPolicies.Admin)
            .WithTags("Audit")
            .WithName(nameof(ListAudit))
            .WithSummary("Changes made through the API, newest first: who, when, which feature, before and after (admin token).")
            .WithDescription("layer: a layer name; key: a feature key as in its URL; since: ISO 8601 time, e.g. 2024-05-01T00:00:00Z; limit: 1–10000 (default 100).");
        return app;
    }

    public static async Task<Results<Ok<IReadOnlyList<AuditEntry>>, ProblemHttpResult>> ListAudit(
        string? layer,
        string? key,
        string? since,
        string? limit,
        AuditLog audit,
        CancellationToken cancellationToken)
    {
        if (layer is not null && LayerCatalog.Find(layer) is null)
        {
            return ApiProblem.BadParameter("layer", $"'{layer}' is not a layer; use one of {LayerCatalog.Names}.");
        }

        DateTimeOffset? parsedSince = null;
        if (since is not null)
        {
            if (!DateTimeOffset.TryParse(since, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment))
            {
                return ApiProblem.BadParameter("since", $"'{since}' is not a time: write it in ISO 8601, e.g. 2024-05-01 or 2024-05-01T08:00:00+08:00.");
            }

            parsedSince = moment;
        }

        if (!QueryNumbers.TryParse(limit, "limit", DefaultLimit, 1, MaxLimit, out var parsedLimit, out var limitProblem))
        {
            return limitProblem;
        }

        return TypedResults.Ok(await audit.ListAsync(new AuditQuery(layer, key, parsedSince, parsedLimit), cancellationToken));
    }
}
