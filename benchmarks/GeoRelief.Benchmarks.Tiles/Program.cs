using System.Globalization;
using GeoRelief.Benchmarks.Tiles;
using GeoRelief.Core.Tiles;
using GeoRelief.Data.Tiles;
using GeoRelief.Server.Tiles;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

// The benchmark drives Linux tools (wrk, lighttpd, mapserv) and reads /proc/loadavg.
[assembly: System.Runtime.Versioning.SupportedOSPlatform("linux")]

// Usage: GeoRelief.Benchmarks.Tiles --db "Host=127.0.0.1;Port=…;Username=…;Password=…;Database=…"
//          [--iterations 60] [--seconds-per-tile 4] [--wrk-seconds 10] [--no-mapserver] [--budget | --cached-only]
//          [--layers admin,roads] [--zooms 10,14] (a subset of the table, for quick reruns)
// Meant for the province-scale data (georelief sample load --scale province); the database gets the schema and the
// sample only if it has none. Everything runs on 127.0.0.1. --budget runs the 500 KB check instead of the timings.
var db = BenchmarkArguments.Get(args, "--db") ?? Environment.GetEnvironmentVariable("GEORELIEF_DB")
    ?? throw new ArgumentException("Give --db with a connection string (or set GEORELIEF_DB).");
var iterations = int.Parse(BenchmarkArguments.Get(args, "--iterations") ?? "60", CultureInfo.InvariantCulture);
var secondsPerTile = double.Parse(BenchmarkArguments.Get(args, "--seconds-per-tile") ?? "4", CultureInfo.InvariantCulture);
var wrkSeconds = int.Parse(BenchmarkArguments.Get(args, "--wrk-seconds") ?? "10", CultureInfo.InvariantCulture);
string[] allLayers = ["admin", "roads", "natural-villages", "poverty-density", "road-coverage"];
var layerNames = BenchmarkArguments.Get(args, "--layers")?.Split(',') ?? allLayers;
var zooms = BenchmarkArguments.Get(args, "--zooms")?.Split(',').Select(z => int.Parse(z, CultureInfo.InvariantCulture)).ToArray() ?? [6, 10, 14];

// No command timeout for the benchmark's own queries (the densest-tile counts and the budget renders are bulk work).
await using var dataSource = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(db) { CommandTimeout = 0 }.ConnectionString);
var renderer = new TileRenderer(dataSource, new PovertyClassifier(dataSource));
var version = (await TileChangeFeed.ReadStateAsync(dataSource, CancellationToken.None)).DataVersion;
Console.WriteLine($"load average at start: {LoadAverage.Read()}");
if (await GeneralisedBoundaries.EnsureAsync(dataSource) is { } refreshed)
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"The database had no generalised boundaries: built {refreshed.Units} in {refreshed.Elapsed.TotalSeconds:F0} s (GeneralisationRefresher), load average {LoadAverage.Read()}."));
    version = (await TileChangeFeed.ReadStateAsync(dataSource, CancellationToken.None)).DataVersion;
}

if (args.Contains("--budget"))
{
    var exitCode = await SizeBudget.RunAsync(dataSource, renderer, version);
    Console.WriteLine($"load average at end: {LoadAverage.Read()}");
    return exitCode;
}

// One server without any cache (every request renders), one with the memory cache, as the product runs; MapServer 8
// behind lighttpd's FastCGI on the same database.
await using var uncached = await BenchmarkServer.StartAsync(db, 5481, cacheMegabytes: 0);
await using var cached = await BenchmarkServer.StartAsync(db, 5482, cacheMegabytes: 256);
// The georelief executable in its own process (cache off), as deployed: what wrk measures from outside.
await using var served = await ServerProcess.StartAsync(db, 5484);
var mapServerProblem = args.Contains("--no-mapserver") ? "left out (--no-mapserver)" : MapServerHost.UnavailableReason;
await using var mapServer = mapServerProblem is null ? await MapServerHost.StartAsync(db, 5483, processes: Environment.ProcessorCount) : null;
// Configured as a load client is: no proxy look-up, cookies, redirects, decompression or trace headers.
using var http = new HttpClient(new SocketsHttpHandler
{
    UseProxy = false,
    UseCookies = false,
    AllowAutoRedirect = false,
    AutomaticDecompression = System.Net.DecompressionMethods.None,
    ActivityHeadersPropagator = null,
});
var tileService = uncached.Services.GetRequiredService<TileService>();
var serverRenderer = uncached.Services.GetRequiredService<TileRenderer>();

// The tiles: at each zoom the typical tile (median number of natural villages among the tiles holding any) and the
// heaviest (the most natural villages — the province is 200 copies of one county, so roads and boundaries are densest
// there too).
var density = await TileDensity.ReadAsync(dataSource, "natural_village_density.sql", 6);
var tiles = new List<(string Kind, TileAddress Tile, long Villages)>();
foreach (var z in zooms)
{
    tiles.Add(("typical", density.Median(z).Tile, density.Median(z).Count));
    tiles.Add(("heaviest", density.Densest(z, 1)[0].Tile, density.Densest(z, 1)[0].Count));
}

Console.WriteLine($"GeoRelief tile benchmark — {Environment.ProcessorCount} cores, up to {iterations} runs per figure (median; as many as fit in {secondsPerTile} s per action, at least 5)");
Console.WriteLine($"MapServer 8: {mapServerProblem ?? "cgi-mapserver behind lighttpd mod_fastcgi, " + Environment.ProcessorCount + " mapserv processes"}");
// Ten seconds of small tiles through every in-process path, and two seconds per layer of wrk against the served
// process, before the table: .NET compiles hot code again in tiers for the first seconds of traffic, on a background
// thread that takes CPU from the 2 cores PostgreSQL needs too (perf: 41 % of the served process's CPU was the JIT after
// 3 s of wrk, none after 10 s), so tiles measured early paid for it — up to 0.5 ms on a 1 ms tile.
if (!args.Contains("--cached-only"))
{
    var warmUpTile = tiles[^1].Tile;
    var warmUpLayers = layerNames.Select(TileLayerCatalog.Find).OfType<TileLayerDefinition>().ToList();
    var warmUp = System.Diagnostics.Stopwatch.StartNew();
    while (warmUp.Elapsed < TimeSpan.FromSeconds(10))
    {
        foreach (var layer in warmUpLayers)
        {
            await http.GetByteArrayAsync(new Uri($"{uncached.BaseUrl}/tiles/{layer.Name}/{warmUpTile}.mvt"));
            await tileService.GetAsync([layer], warmUpTile, PovertyDensityParameters.Default, CancellationToken.None);
            await serverRenderer.RenderAsync(warmUpTile, [layer], PovertyDensityParameters.Default, version, CancellationToken.None);
        }
    }

    foreach (var layer in warmUpLayers)
    {
        await Wrk.MedianLatencyAsync($"{served.BaseUrl}/tiles/{layer.Name}/{warmUpTile}.mvt", 2);
    }
}

Console.WriteLine();
Console.WriteLine("layer             tile               kind      villages     bytes  runs  uncached ms  service ms  renderer ms  bare SQL ms  ratio   MapServer ms  MS bytes  MS/GeoRelief  wrk c1 ms  SQL loop ms  ratio");
// --cached-only: just the wrk figure (the table takes a quarter of an hour on the province).
foreach (var layerName in args.Contains("--cached-only") ? [] : layerNames)
{
    var layer = TileLayerCatalog.Find(layerName) ?? throw new ArgumentException($"--layers: there is no tile layer {layerName}; the layers are {TileLayerCatalog.Names}.");
    foreach (var (kind, tile, villages) in tiles)
    {
        var url = new Uri($"{uncached.BaseUrl}/tiles/{layer.Name}/{tile}.mvt");
        var servedUrl = $"{served.BaseUrl}/tiles/{layer.Name}/{tile}.mvt";
        var bytes = (await http.GetByteArrayAsync(url)).Length;
        async Task BareSqlAsync()
        {
            await using var batch = await renderer.CreateBatchAsync(tile, layer, PovertyDensityParameters.Default, version, CancellationToken.None);
            await using var reader = await batch.ExecuteReaderAsync();
            await reader.ReadAsync();
            if (!await reader.IsDBNullAsync(0))
            {
                _ = reader.GetFieldValue<byte[]>(0);
            }
        }

        List<Func<Task>> actions =
        [
            async () => await http.GetByteArrayAsync(url),
            // The same request without HTTP: what the tile service adds to the SQL (change check, cache key, ETag).
            async () => await tileService.GetAsync([layer], tile, PovertyDensityParameters.Default, CancellationToken.None),
            // The server's own renderer alone (its data source, the layer SQL, _meta): the service minus this is the service's own work.
            async () => await serverRenderer.RenderAsync(tile, [layer], PovertyDensityParameters.Default, version, CancellationToken.None),
            BareSqlAsync,
        ];
        var mapServerUrl = mapServer is null ? null : MapServerUrl(mapServer, layer.Name, tile);
        var mapServerBytes = 0;
        if (mapServerUrl is not null)
        {
            mapServerBytes = (await http.GetByteArrayAsync(mapServerUrl)).Length;
            actions.Add(async () => await http.GetByteArrayAsync(mapServerUrl));
        }

        var (medians, runs) = await Timing.MediansAsync(iterations, secondsPerTile, [.. actions]);
        var mapServerColumns = mapServerUrl is null
            ? "             -         -             -"
            : string.Create(CultureInfo.InvariantCulture, $"{medians[4],14:F2} {mapServerBytes,9} {medians[4] / medians[0],12:F2}×");
        // Tiles under 100 ms, where HTTP's share matters: the same tile from a separate process (wrk, one connection, each
        // request sent when the last is answered) against the bare SQL run back to back in the same way — no in-process
        // HTTP client on the server's cores, and the server is the georelief executable in its own process
        // (ServerProcess). Four 1-second rounds of each, alternating, the median of the rounds' medians.
        var wrkColumns = $"{"-",10} {"-",12} {"-",5} ";
        if (medians[0] < 100)
        {
            // The served process sees this tile's SQL for the first time: one untimed second first.
            await Wrk.MedianLatencyAsync(servedUrl, 1);
            var wrkRounds = new List<double>();
            var sqlRounds = new List<double>();
            for (var round = 0; round < 4; round++)
            {
                if (round % 2 == 1)
                {
                    sqlRounds.Add(await Timing.BackToBackMedianAsync(1, BareSqlAsync));
                }

                if (await Wrk.MedianLatencyAsync(servedUrl, 1) is { } latency)
                {
                    wrkRounds.Add(latency);
                }

                if (round % 2 == 0)
                {
                    sqlRounds.Add(await Timing.BackToBackMedianAsync(1, BareSqlAsync));
                }
            }

            if (wrkRounds.Count > 0)
            {
                var wrkMedian = wrkRounds.Order().ElementAt(wrkRounds.Count / 2);
                var sqlMedian = sqlRounds.Order().ElementAt(sqlRounds.Count / 2);
                wrkColumns = string.Create(CultureInfo.InvariantCulture, $"{wrkMedian,10:F2} {sqlMedian,12:F2} {wrkMedian / sqlMedian,5:F2}×");
            }
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{layer.Name,-17} {tile,-18} {kind,-9} {villages,8} {bytes,9} {runs,5} {medians[0],12:F2} {medians[1],11:F2} {medians[2],12:F2} {medians[3],12:F2} {medians[0] / medians[3],5:F2}× {mapServerColumns} {wrkColumns}"));
    }
}

Console.WriteLine();
var typicalZ10 = density.Median(10).Tile;
var cachedUrl = $"{cached.BaseUrl}/tiles/admin,poverty-density/{typicalZ10}.mvt";
await http.GetByteArrayAsync(new Uri(cachedUrl));
var wrk = await Wrk.RunAsync(cachedUrl, wrkSeconds);
Console.WriteLine(wrk is null
    ? "wrk: not installed (benchmarks/GeoRelief.Benchmarks.Tiles/setup.sh installs it); cached throughput not measured."
    : string.Create(CultureInfo.InvariantCulture, $"cached tiles/s (wrk -t2 -c64 -d{wrkSeconds}s, {cachedUrl}): {wrk.Value:F0}"));
Console.WriteLine($"load average at end: {LoadAverage.Read()}");
return 0;

// MapServer serves admin, roads, and natural villages where GeoRelief does not cluster them (from z 12).
static Uri? MapServerUrl(MapServerHost host, string layer, TileAddress tile) => layer switch
{
    "admin" => new Uri(host.TileUrl(layer, tile.Z, tile.X, tile.Y, new Dictionary<string, string>
    {
        ["band"] = ZoomBands.ForZoom(tile.Z).Band.ToString(CultureInfo.InvariantCulture),
        ["level"] = ((int)AdminZoomLevels.Boundaries(tile.Z)).ToString(CultureInfo.InvariantCulture),
    })),
    "roads" => new Uri(host.TileUrl(layer, tile.Z, tile.X, tile.Y, new Dictionary<string, string>
    {
        ["zoom"] = tile.Z.ToString(CultureInfo.InvariantCulture),
    })),
    "natural-villages" when tile.Z >= TileLayerCatalog.Find(layer)!.ClusterBelowZoom => new Uri(host.TileUrl(layer, tile.Z, tile.X, tile.Y, new Dictionary<string, string>())),
    _ => null,
};
