using GeoRelief.Core.Tiles;

namespace GeoRelief.Data.Tiles;

/// <summary>An encoded tile (the layers in request order, then <c>_meta</c> when anything was thinned) and what was thinned.</summary>
public sealed record RenderedTile(byte[] Bytes, IReadOnlyList<ThinnedLayer> Thinned);
