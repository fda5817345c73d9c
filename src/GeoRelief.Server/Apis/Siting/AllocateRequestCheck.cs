using GeoRelief.Data.Layers;
using Npgsql;

namespace GeoRelief.Server.Apis.Siting;

/// <summary>
/// The villages and sites a planner lists in an allocation request, checked before any cost is computed: each id
/// given once, no negative households or capacity, a new site's geometry a Point where GeoRelief has data (as the
/// layers API checks one). Each problem names the entry by its path in the body (<c>sites[2].capacity</c>).
/// </summary>
public static class AllocateRequestCheck
{
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
