using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using GeoRelief.Core.Tiles;
using GeoRelief.Data.Tiles;
using Npgsql;

namespace GeoRelief.Benchmarks.Tiles;

/// <summary>
/// The 500 KB budget on whatever data the database holds (meant for the province): renders every tile of every layer
/// at z 0–8 over the data's extent, and at z 9–14 the densest tiles (most natural villages, most road vertices), through
/// the same <see cref="TileRenderer"/> SQL as /tiles; prints the largest tile per layer and zoom; fails when any tile is
/// over the budget. Also prints the slowest render per layer and zoom (no command timeout here: a slow tile is a finding).
/// </summary>
internal static class SizeBudget
{
    public const int BudgetBytes = 500 * 1024;
    private const int AllTilesUpToZoom = 8;
    private const int DensestPerMeasure = 3;

    public static async Task<int> RunAsync(NpgsqlDataSource dataSource, TileRenderer renderer, long version)
    {
        var bounds = await TileDataBounds.ReadAsync(dataSource, CancellationToken.None)
            ?? throw new InvalidOperationException("The database holds no data: load the province first.");
        var villages = await TileDensity.ReadAsync(dataSource, "natural_village_density.sql", AllTilesUpToZoom + 1);
        var roads = await TileDensity.ReadAsync(dataSource, "road_vertex_density.sql", AllTilesUpToZoom + 1);
        var tiles = new List<TileAddress>();
        for (var z = 0; z <= AllTilesUpToZoom; z++)
        {
            tiles.AddRange(TileRange.Covering(bounds, z, TileRenderer.BufferFraction).Tiles());
        }

        for (var z = AllTilesUpToZoom + 1; z <= 14; z++)
        {
            tiles.AddRange(villages.Densest(z, DensestPerMeasure).Concat(roads.Densest(z, DensestPerMeasure)).Select(t => t.Tile).Distinct());
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"500 KB budget: {tiles.Count} tiles × {TileLayerCatalog.All.Count} layers (all tiles over {bounds.MinX:F2},{bounds.MinY:F2} – {bounds.MaxX:F2},{bounds.MaxY:F2} at z 0–{AllTilesUpToZoom}; the {DensestPerMeasure} densest by natural villages and by road vertices at z {AllTilesUpToZoom + 1}–14)"));
        var largest = new ConcurrentDictionary<(string Layer, int Z), (TileAddress Tile, int Bytes, string Thinned, int Count, double SlowestMs)>();
        var work = TileLayerCatalog.All.SelectMany(layer => tiles.Select(tile => (Layer: layer, Tile: tile))).ToList();
        var done = 0;
        await Parallel.ForEachAsync(work, new ParallelOptions { MaxDegreeOfParallelism = 2 }, async (item, cancellationToken) =>
        {
            var start = Stopwatch.GetTimestamp();
            var rendered = await renderer.RenderAsync(item.Tile, [item.Layer], PovertyDensityParameters.Default, version, cancellationToken);
            var ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            var thinned = string.Join(' ', rendered.Thinned.Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.Shown}/{t.Total}")));
            largest.AddOrUpdate(
                (item.Layer.Name, item.Tile.Z),
                _ => (item.Tile, rendered.Bytes.Length, thinned, 1, ms),
                (_, previous) => rendered.Bytes.Length > previous.Bytes
                    ? (item.Tile, rendered.Bytes.Length, thinned, previous.Count + 1, Math.Max(ms, previous.SlowestMs))
                    : previous with { Count = previous.Count + 1, SlowestMs = Math.Max(ms, previous.SlowestMs) });
            if (Interlocked.Increment(ref done) % 500 == 0)
            {
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {done} of {work.Count} tiles rendered"));
            }
        });

        Console.WriteLine();
        Console.WriteLine("layer              z  tiles  largest tile          bytes  slowest ms  thinned (shown/total)");
        foreach (var ((layer, z), entry) in largest.OrderBy(e => TileLayerCatalog.All.ToList().FindIndex(l => l.Name == e.Key.Layer)).ThenBy(e => e.Key.Z))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{layer,-18} {z,2} {entry.Count,6}  {entry.Tile,-18} {entry.Bytes,9:N0} {entry.SlowestMs,11:F0}  {entry.Thinned}{(entry.Bytes > BudgetBytes ? "   OVER 500 KB" : string.Empty)}"));
        }

        var over = largest.Where(e => e.Value.Bytes > BudgetBytes).ToList();
        var worst = largest.MaxBy(e => e.Value.Bytes);
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"largest tile: {worst.Key.Layer} {worst.Value.Tile}, {worst.Value.Bytes:N0} bytes (budget {BudgetBytes:N0})"));
        if (over.Count > 0)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"FAILED: {over.Count} layer/zoom pairs have a tile over 500 KB: {string.Join(", ", over.Select(o => $"{o.Key.Layer} {o.Value.Tile} ({o.Value.Bytes:N0} bytes)"))}"));
            return 1;
        }

        Console.WriteLine("PASSED: no tile over 500 KB.");
        return 0;
    }
}
