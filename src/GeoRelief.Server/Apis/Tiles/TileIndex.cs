namespace GeoRelief.Server.Apis.Tiles;

/// <summary>What <c>GET /tiles</c> lists: every tile layer, so a client can find them without reading the docs.</summary>
/// <param name="Layers">The layers of <see cref="Data.Tiles.TileLayerCatalog"/>, in its order.</param>
public sealed record TileIndex(IReadOnlyList<TileIndexEntry> Layers);

/// <summary>One tile layer: its names, zooms and where its TileJSON and tiles are.</summary>
/// <param name="Name">The layer's name in the URLs (several may be combined: <c>/tiles/admin,roads/…</c>).</param>
/// <param name="Title">Title, Chinese and English.</param>
/// <param name="Description">What the layer draws and its attributes.</param>
/// <param name="MinZoom">First zoom with features.</param>
/// <param name="MaxZoom">Last zoom served.</param>
/// <param name="Thematic">Whether it joins analytics figures (DESIGN.md's thematic layers).</param>
/// <param name="TileJson">The layer's TileJSON.</param>
/// <param name="Tiles">The XYZ tile URL template.</param>
public sealed record TileIndexEntry(string Name, string Title, string Description, int MinZoom, int MaxZoom, bool Thematic, string TileJson, string Tiles);
