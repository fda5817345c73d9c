using System.Globalization;
using System.Text.Json;
using GeoRelief.Data.Siting;

namespace GeoRelief.Server.Apis.Siting;

/// <summary>Reads candidates from a GeoJSON FeatureCollection (or a bare array of features).</summary>
public static class CandidateParser
{
    /// <summary>The candidates, or the problem with the input.</summary>
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
            list.Add(new SitingCandidate(id ?? string.Create(CultureInfo.InvariantCulture, $"candidate-{n}"), geometry.GetRawText()));
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
