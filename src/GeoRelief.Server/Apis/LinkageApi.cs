using GeoRelief.Core.Admin;
using GeoRelief.Data.Linkage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GeoRelief.Server.Apis;

/// <summary>Linkage of features to administrative units: where what a file declared and where a feature lies disagree.</summary>
public static class LinkageApi
{
    private const int DefaultLimit = 1000;
    private const int MaxLimit = 10000;

    public static IEndpointRouteBuilder MapLinkageApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1/linkage").WithTags("Linkage")
            .MapGet("/mismatches", ListMismatches)
            .WithName(nameof(ListMismatches))
            .WithSummary("Features whose declared village code disagrees with their location: declared, located, distance in metres.")
            .WithDescription("layer: natural-villages or relocation-sites. within: an NBS code; matches the declared or the located unit.");
        return app;
    }

    public static async Task<Results<Ok<IReadOnlyList<LinkageMismatch>>, ProblemHttpResult>> ListMismatches(
        LinkageMismatchStore store, string? layer, string? within, string? limit, string? offset, CancellationToken cancellationToken)
    {
        if (layer is not null && !LinkageMismatchStore.Layers.Contains(layer))
        {
            return ApiProblem.BadParameter("layer", $"'{layer}' has no declared codes; use one of {string.Join(", ", LinkageMismatchStore.Layers)}.");
        }

        if (within is not null && !AdminCode.TryParse(within, out _, out var problem))
        {
            return ApiProblem.BadParameter("within", problem!);
        }

        if (!QueryNumbers.TryParse(limit, "limit", DefaultLimit, 1, MaxLimit, out var parsedLimit, out var limitProblem))
        {
            return limitProblem;
        }

        if (!QueryNumbers.TryParse(offset, "offset", 0, 0, int.MaxValue, out var parsedOffset, out var offsetProblem))
        {
            return offsetProblem;
        }

        return TypedResults.Ok(await store.ListAsync(new LinkageMismatchQuery(layer, within?.Trim(), parsedLimit, parsedOffset), cancellationToken));
    }
}
