namespace GeoRelief.Core.Tiles;

/// <summary>What a tile left out of one layer: <paramref name="Total"/> source features in the tile, <paramref name="Shown"/> features drawn (clusters count once).</summary>
public sealed record ThinnedLayer(string Layer, long Total, long Shown);
