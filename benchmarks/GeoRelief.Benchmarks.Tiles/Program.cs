using System.Globalization;
using GeoRelief.Benchmarks.Tiles;
using GeoRelief.Core.Tiles;
using GeoRelief.Data.Tiles;
using Npgsql;

// Usage: GeoRelief.Benchmarks.Tiles --db "Host=127.0.0.1;Port=…;Username=…;Database=…" [--iterations 40] [--wrk-seconds 10]
// The database gets GeoRelief's schema and the sample if it has none. Everything runs on 127.0.0.1.
var db = BenchmarkArguments.Get(args, "--db") ?? Environment.GetEnvironmentVariable("GEORELIEF_DB")
    ?? throw new ArgumentException("Give --db with a connection string (or set GEORELIEF_DB).");
var iterations = int.Parse(BenchmarkArguments.Get(args, "--iterations") ?? "40", CultureInfo.InvariantCulture);
var wrkSeconds = int.Parse(BenchmarkArguments.Get(args, "--wrk-seconds") ?? "10", CultureInfo.InvariantCulture);

// One server without any cache (every request renders), one with the memory cache, as the product runs.
await using var uncached = await BenchmarkServer.StartAsync(db, 5481, cacheMegabytes: 0);
await using var cached = await BenchmarkServer.StartAsync(db, 5482, cacheMegabytes: 256);
await using var dataSource = NpgsqlDataSource.Create(db);
var renderer = new TileRenderer(dataSource, new PovertyClassifier(dataSource));
var version = (await TileChangeFeed.ReadStateAsync(dataSource, CancellationToken.None)).DataVersion;
using var http = new HttpClient();

Console.WriteLine($"GeoRelief tile benchmark — {Environment.ProcessorCount} cores, {iterations} iterations per figure (median), sample data");
Console.WriteLine();
Console.WriteLine("layer            tile             bytes   uncached ms   bare SQL ms   ratio");
// 锦屏县: z6 holds the whole county, z10 a few townships, z14 a village.
TileAddress[] tiles = [TileAddress.Create(6, 51, 27), TileAddress.Create(10, 822, 433), TileAddress.Create(14, 13160, 6937)];
foreach (var layerName in new[] { "admin", "poverty-density", "natural-villages", "road-coverage" })
{
    var layer = TileLayerCatalog.Find(layerName)!;
    foreach (var tile in tiles)
    {
        var url = $"{uncached.BaseUrl}/tiles/{layer.Name}/{tile}.mvt";
        var bytes = (await http.GetByteArrayAsync(new Uri(url))).Length;
        var (served, bare) = await Timing.MedianPairAsync(iterations, async () => await http.GetByteArrayAsync(new Uri(url)), async () =>
        {
            await using var batch = dataSource.CreateBatch();
            batch.BatchCommands.Add(await renderer.CreateCommandAsync(tile, layer, PovertyDensityParameters.Default, version, CancellationToken.None));
            await using var reader = await batch.ExecuteReaderAsync();
            await reader.ReadAsync();
        });
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{layer.Name,-16} {tile,-14} {bytes,8} {served,12:F2} {bare,13:F2} {served / bare,7:F2}×"));
    }
}

Console.WriteLine();
var cachedUrl = $"{cached.BaseUrl}/tiles/admin,poverty-density/10/822/433.mvt";
await http.GetByteArrayAsync(new Uri(cachedUrl));
var wrk = await Wrk.RunAsync(cachedUrl, wrkSeconds);
Console.WriteLine(wrk is null
    ? "wrk: not installed (apt-get install wrk); cached throughput not measured."
    : string.Create(CultureInfo.InvariantCulture, $"cached tiles/s (wrk -t2 -c64 -d{wrkSeconds}s, {cachedUrl}): {wrk.Value:F0}"));
return 0;
