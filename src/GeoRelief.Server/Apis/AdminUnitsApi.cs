using GeoRelief.Core.Admin;
using GeoRelief.Data.AdminUnits;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GeoRelief.Server.Apis;

/// <summary>The administrative hierarchy: province → prefecture → county → township → village.</summary>
public static class AdminUnitsApi
{
    private const int DefaultLimit = 1000;
    private const int MaxLimit = 10000;

    public static IEndpointRouteBuilder MapAdminUnitsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/admin-units").WithTags("Administrative units");
        group.MapGet("/", ListAdminUnits)
            .TakesQuery("level", "within", "limit", "offset")
            .WithName(nameof(ListAdminUnits))
            .WithSummary("Lists administrative units, optionally of one level and within one unit.")
            .WithDescription("level: province, prefecture, county, township or village (or 1–5). within: the NBS code of a unit, e.g. 522628.");
        group.MapGet("/{code}", GetAdminUnit)
            .WithName(nameof(GetAdminUnit))
            .WithSummary("One administrative unit with counts of what lies within it.");
        return app;
    }

    public static async Task<Results<Ok<IReadOnlyList<AdminUnitSummary>>, ProblemHttpResult>> ListAdminUnits(
        AdminUnitStore store,
        string? level,
        string? within,
        string? limit,
        string? offset,
        CancellationToken cancellationToken)
    {
        AdminLevel? parsedLevel = null;
        if (level is not null)
        {
            if (!AdminLevels.TryParse(level, out var l))
            {
                return ApiProblem.BadParameter("level", $"'{level}' is not a level; use one of {AdminLevels.AcceptedNames} (or 1–5).");
            }

            parsedLevel = l;
        }

        AdminCode? parsedWithin = null;
        if (within is not null)
        {
            if (!AdminCode.TryParse(within, out var code, out var problem))
            {
                return ApiProblem.BadParameter("within", problem!);
            }

            if (!await store.ExistsAsync(code.Value, cancellationToken))
            {
                return UnknownUnit(code.Value);
            }

            parsedWithin = code;
        }

        if (!QueryNumbers.TryParse(limit, "limit", DefaultLimit, 1, MaxLimit, out var parsedLimit, out var limitProblem))
        {
            return limitProblem;
        }

        if (!QueryNumbers.TryParse(offset, "offset", 0, 0, int.MaxValue, out var parsedOffset, out var offsetProblem))
        {
            return offsetProblem;
        }

        var units = await store.ListAsync(new AdminUnitQuery(parsedLevel, parsedWithin, parsedLimit, parsedOffset), cancellationToken);
        return TypedResults.Ok(units);
    }

    public static async Task<Results<Ok<AdminUnitDetail>, ProblemHttpResult>> GetAdminUnit(
        AdminUnitStore store,
        string code,
        CancellationToken cancellationToken)
    {
        if (!AdminCode.TryParse(code, out var parsed, out var problem))
        {
            return ApiProblem.BadParameter("code", problem!);
        }

        var unit = await store.GetAsync(parsed.Value, cancellationToken);
        return unit is null ? UnknownUnit(parsed.Value) : TypedResults.Ok(unit);
    }

    private static ProblemHttpResult UnknownUnit(string code) =>
        ApiProblem.NotFound(
            "No such administrative unit.",
            $"No administrative unit has the code {code}. List the units with /api/v1/admin-units?level=county to find the right code.");
}
