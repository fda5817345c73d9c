using System.Globalization;
using System.Text.Json;
using GeoRelief.Data.Layers;
using GeoRelief.Data.Siting;
using Npgsql;

namespace GeoRelief.Server.Apis.Siting;

/// <summary>Reads candidates from a GeoJSON FeatureCollection (or a bare array of features).</summary>
public static class CandidateParser
{
    /// <summary>
    /// The candidates, at most <paramref name="maximum"/> (counted before any geometry is checked, a query each), each
    /// geometry checked as the layers API checks one (<see cref="GeoJsonGeometryCheck"/>: valid, in
    /// China, in a village of the database, so that the data can score it); or the problem. A geometry's problem is a
    /// sentence naming the feature by its path (<c>'candidates.features[2].geometry' lies …</c>,
    /// <c>NamesItself</c>); any other follows the name of the input (<c>has no features.</c>).
    /// </summary>
    public static async Task<(IReadOnlyList<SitingCandidate>? Candidates, string? Problem, bool NamesItself)> ParseAsync(
        JsonElement json, int maximum, NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        var (candidates, problem) = Parse(json);
        if (candidates is null)
        {
            return (null, problem, false);
        }

        if (candidates.Count > maximum)
        {
            return (null, $"has {candidates.Count} features; evaluate at most {maximum} at once, or an area on a grid.", false);
        }

        for (var i = 0; i < candidates.Count; i++)
        {
            using var geometry = JsonDocument.Parse(candidates[i].GeometryGeoJson);
            var path = json.ValueKind == JsonValueKind.Array ? $"candidates[{i}].geometry" : $"candidates.features[{i}].geometry";
            var (_, geometryProblem) = await GeoJsonGeometryCheck.CheckAsync(
                dataSource, geometry.RootElement, path, ["POINT", "POLYGON", "MULTIPOLYGON"], "a candidate is a Point, Polygon or MultiPolygon", multi: false, cancellationToken);
            if (geometryProblem is not null)
            {
                return (null, geometryProblem, true);
            }
        }

        return (candidates, null, false);
    }

    /// <summary>The candidates, or the problem with the input (the geometries as given, unchecked).</summary>
    public static (IReadOnlyList<SitingCandidate>? Candidates, string? Problem) Parse(JsonElement json)
    {
        var features = json.ValueKind == JsonValueKind.Array ? json
            : json.ValueKind == JsonValueKind.Object && json.TryGetProperty("features", out var f) && f.ValueKind == JsonValueKind.Array ? f
            : default;
        if (features.ValueKind != JsonValueKind.Array)
        {
            return (null, "must be a GeoJSON FeatureCollection (or an array of features) of Point or Polygon candidates in EPSG:4490.");
        }

        var list = new List<SitingCandidate>();
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var n = 0;
        foreach (var feature in features.EnumerateArray())
        {
            n++;
            if (feature.ValueKind != JsonValueKind.Object || !feature.TryGetProperty("geometry", out var geometry) || geometry.ValueKind != JsonValueKind.Object
                || !geometry.TryGetProperty("type", out var type) || type.GetString() is not ("Point" or "Polygon" or "MultiPolygon"))
            {
                return (null, $"feature {n} needs a Point, Polygon or MultiPolygon geometry.");
            }

            var id = feature.TryGetProperty("id", out var i) ? Text(i)
                : feature.TryGetProperty("properties", out var p) && p.ValueKind == JsonValueKind.Object && p.TryGetProperty("id", out var pi) ? Text(pi)
                : null;
            id ??= string.Create(CultureInfo.InvariantCulture, $"candidate-{n}");
            if (!numbers.TryAdd(id, n))
            {
                return (null, $"gives the id '{id}' to features {numbers[id]} and {n}; the results are told apart by id: give each candidate its own.");
            }

            list.Add(new SitingCandidate(id, geometry.GetRawText()));
        }

        return list.Count == 0 ? (null, "has no features.") : (list, null);
    }

    private static string? Text(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => e.GetString(),
        JsonValueKind.Number => e.GetRawText(),
        _ => null,
    };
}
