using System.Text.Json.Serialization;

namespace GeoRelief.Server.Apis.Tiles;

/// <summary>A TileJSON 3.0.0 document for one vector-tile layer.</summary>
public sealed record TileJson(
    [property: JsonPropertyName("tilejson")] string TileJsonVersion,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("description")] string Description,
    [property: JsonPropertyName("attribution")] string Attribution,
    [property: JsonPropertyName("scheme")] string Scheme,
    [property: JsonPropertyName("tiles")] IReadOnlyList<string> Tiles,
    [property: JsonPropertyName("minzoom")] int MinZoom,
    [property: JsonPropertyName("maxzoom")] int MaxZoom,
    [property: JsonPropertyName("bounds")] IReadOnlyList<double> Bounds,
    [property: JsonPropertyName("center")] IReadOnlyList<double> Center,
    [property: JsonPropertyName("vector_layers")] IReadOnlyList<TileJsonVectorLayer> VectorLayers);
