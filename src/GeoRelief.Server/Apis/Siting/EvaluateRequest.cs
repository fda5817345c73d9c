using System.Text.Json;

namespace GeoRelief.Server.Apis.Siting;

/// <summary>
/// What to evaluate: candidates (a GeoJSON FeatureCollection of points or polygons; the feature's <c>id</c> or
/// <c>properties.id</c> names it) or an area (<c>areaCode</c>, or <c>areaPolygon</c> as GeoJSON) on a grid of
/// <c>cellSizeMetres</c>. <c>sourceVillageIds</c>: the villages being moved (default: every relocation source in the data).
/// </summary>
public sealed record EvaluateRequest(
    JsonElement? Candidates,
    string? AreaCode,
    JsonElement? AreaPolygon,
    double? CellSizeMetres,
    IReadOnlyList<string>? SourceVillageIds,
    SitingModelRequest? Model);
