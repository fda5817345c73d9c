using System.Text.Json.Serialization;

namespace GeoRelief.Server.Apis.Tiles;

/// <summary>One entry of TileJSON's <c>vector_layers</c>: the layer id in the tile, its fields (name → description) and zooms.</summary>
public sealed record TileJsonVectorLayer(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("description")] string Description,
    [property: JsonPropertyName("minzoom")] int MinZoom,
    [property: JsonPropertyName("maxzoom")] int MaxZoom,
    [property: JsonPropertyName("fields")] IReadOnlyDictionary<string, string> Fields);
