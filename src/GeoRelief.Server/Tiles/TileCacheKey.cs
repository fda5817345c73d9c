using GeoRelief.Core.Tiles;

namespace GeoRelief.Server.Tiles;

/// <summary>What identifies one cached tile: the layers (request order), the tile and the variant of the thematic parameters.</summary>
public sealed record TileCacheKey(IReadOnlyList<string> Layers, TileAddress Tile, string Variant)
{
    /// <summary>The key as one string.</summary>
    public string Text { get; } = $"{string.Join(',', Layers)}/{Tile}?{Variant}";
}
