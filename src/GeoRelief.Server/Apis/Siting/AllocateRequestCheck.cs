using GeoRelief.Data.Layers;
using GeoRelief.Data.Siting;
using Npgsql;

namespace GeoRelief.Server.Apis.Siting;

/// <summary>
/// The villages and sites a planner lists in an allocation request, checked before any cost is computed: each id
/// given once, no negative households or capacity, a new site's geometry a Point where GeoRelief has data (as the
/// layers API checks one). Each problem names the entry by its path in the body (<c>sites[2].capacity</c>).
/// </summary>
public static class AllocateRequestCheck
{
    /// <summary>The longest search a request may ask of CBC, in seconds: an HTTP request waits for it.</summary>
    public const int MaxTimeLimitSeconds = 600;

    /// <summary>The field and the problem (a sentence naming it), or nulls when the lists can be allocated.</summary>
    public static async Task<(string? Field, string? Problem)> CheckAsync(
        IReadOnlyList<AllocateVillage> villages, IReadOnlyList<AllocateSite> sites, NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(villages);
        ArgumentNullException.ThrowIfNull(sites);
        if (Entries("villages", villages.Select(v => ((string?)v.Id, v.Households)).ToList(), "households") is { } villageProblem)
        {
            return ("villages", villageProblem);
        }

        if (Entries("sites", sites.Select(s => ((string?)s.Id, s.Capacity)).ToList(), "capacity") is { } siteProblem)
        {
            return ("sites", siteProblem);
        }

        for (var i = 0; i < sites.Count; i++)
        {
            if (sites[i].Geometry is not { ValueKind: not System.Text.Json.JsonValueKind.Null } geometry)
            {
                continue;
            }

            var (_, problem) = await GeoJsonGeometryCheck.CheckAsync(
                dataSource, geometry, $"sites[{i}].geometry", ["POINT"], "a new site is a Point", multi: false, cancellationToken);
            if (problem is not null)
            {
                return ("sites", problem);
            }
        }

        return (null, null);
    }

    /// <summary>The field and the problem when an option is out of its range (the message follows the field's name), or nulls.</summary>
    public static (string? Field, string? Problem) OptionsProblem(AllocateRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request switch
        {
            { MaxSites: < 1 } => ("maxSites", "must be at least 1."),
            { ExactLimit: < 0 } => ("exactLimit", "must be 0 or more (0: always the heuristic)."),
            { MaxTravelMinutes: { } minutes } when !double.IsFinite(minutes) || minutes <= 0 => ("maxTravelMinutes", "must be a number of minutes above 0, or left out for no limit."),
            { TimeLimitSeconds: { } seconds } when !double.IsFinite(seconds) || seconds < 1 || seconds > MaxTimeLimitSeconds
                => ("timeLimitSeconds", $"must be from 1 to {MaxTimeLimitSeconds} seconds (default {AllocationRequest.DefaultTimeLimit.TotalSeconds:0}): how long CBC may search before the best answer found is returned with its gap."),
            _ => (null, null),
        };
    }

    /// <summary>The request's options applied to <paramref name="allocation"/> (checked by <see cref="OptionsProblem"/>).</summary>
    public static AllocationRequest WithOptions(AllocationRequest allocation, AllocateRequest request)
    {
        ArgumentNullException.ThrowIfNull(allocation);
        ArgumentNullException.ThrowIfNull(request);
        return allocation with
        {
            MaximumSites = request.MaxSites,
            UseNetwork = request.Network ?? true,
            MaximumTravelMinutes = request.MaxTravelMinutes,
            ExactLimit = request.ExactLimit ?? AllocationRequest.DefaultExactLimit,
            TimeLimit = request.TimeLimitSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : null,
        };
    }

    private static string? Entries(string list, IReadOnlyList<(string? Id, int? Amount)> entries, string amountName)
    {
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < entries.Count; i++)
        {
            var (id, amount) = entries[i];
            if (string.IsNullOrWhiteSpace(id))
            {
                return $"'{list}[{i}].id' is missing: give the id as the data has it.";
            }

            if (!first.TryAdd(id, i))
            {
                return $"'{list}[{i}].id' is '{id}' again ({list}[{first[id]}] has it): list each once.";
            }

            if (amount < 0)
            {
                return $"'{list}[{i}].{amountName}' is {amount}: it cannot be negative: give a number of households, or leave it out to take the data's.";
            }
        }

        return null;
    }
}
