using System.Net;
using GeoRelief.Core.Tiles;
using GeoRelief.Core.Tiles.Packages;
using GeoRelief.Data.Tests;
using GeoRelief.Data.Tiles;
using GeoRelief.Server.Tests.Ogc;
using GeoRelief.Server.Tests.Styles;
using GeoRelief.Server.Tests.Tiles;
using GeoRelief.Server.Tiles.Packages;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace GeoRelief.Server.Tests.Packages;

public sealed class TilePackageTests(TilePackageTests.Server server) : IClassFixture<TilePackageTests.Server>
{
    private static readonly TileLayerDefinition[] Layers = [TileLayerCatalog.Find("admin")!, TileLayerCatalog.Find("roads")!];

    /// <summary>The sample server with its packages in a directory of its own.</summary>
    public sealed class Server : WebApplicationFactory<Program>, IAsyncLifetime
    {
        private TestDatabase? _database;

        public string PackageDirectory { get; } = Path.Combine(Path.GetTempPath(), "georelief-packages-" + Guid.NewGuid().ToString("N")[..12]);

        public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync(migrate: false);

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            ArgumentNullException.ThrowIfNull(builder);
            builder.UseSetting("GeoRelief:Db", _database!.ConnectionString);
            builder.UseSetting("GeoRelief:LoadSample", "true");
            builder.UseSetting("TilePackages:Directory", PackageDirectory);
        }

        async Task IAsyncLifetime.DisposeAsync()
        {
            await base.DisposeAsync();
            if (_database is not null)
            {
                await _database.DisposeAsync();
            }

            if (Directory.Exists(PackageDirectory))
            {
                Directory.Delete(PackageDirectory, recursive: true);
            }
        }
    }

    private TilePackageSeeder Seeder() =>
        new(server.Services.GetRequiredService<Npgsql.NpgsqlDataSource>(), server.Services.GetRequiredService<TileRenderer>());

    private TilePackageSeedRequest Request(string name, string extension = ".pmtiles") =>
        new(Layers, "522628", 0, 10, PovertyDensityParameters.Default, Path.Combine(server.PackageDirectory, name + extension));

    [NodeToolsFact]
    public async Task A_seeded_package_holds_the_tiles_over_the_unit_and_the_pmtiles_package_reads_the_same_bytes()
    {
        using var client = server.CreateClient();
        var request = Request("jinping");
        var result = await Seeder().SeedAsync(request, new Progress<TilePackageSeedProgress>(), CancellationToken.None);

        await using var file = File.OpenRead(result.Path);
        var reader = new PmTilesReader(file);
        Assert.Equal(0, reader.Header.MinZoom);
        Assert.Equal(10, reader.Header.MaxZoom);
        Assert.InRange(reader.Header.Bounds.MinX, 108.5, 109.5);
        // 锦屏县 at zoom 8 is tile 205/108; a tile far away (扎赉特旗) is not in the package.
        var jinping = TileAddress.Create(8, 205, 108);
        var served = await TileClient.FetchAsync(client, "/tiles/admin,roads/8/205/108.mvt");
        Assert.Equal(served.Bytes, reader.ReadTile(jinping));
        Assert.Null(reader.ReadTile(TileAddress.Create(8, 212, 90)));

        var (exitCode, output) = await NodeTools.RunAsync("read-pmtiles.mjs", result.Path, "8", "205", "108");
        Assert.Equal(0, exitCode);
        Assert.Equal(served.Bytes, Convert.FromBase64String(output.Trim()));
        var (_, header) = await NodeTools.RunAsync("read-pmtiles.mjs", result.Path);
        Assert.Contains("\"tileType\":1", header, StringComparison.Ordinal);
        Assert.Contains("\"vector_layers\"", header, StringComparison.Ordinal);
    }

    [DatabaseFact]
    public async Task An_interrupted_seed_resumes_and_gives_the_same_archive()
    {
        var complete = await Seeder().SeedAsync(Request("whole"), new Progress<TilePackageSeedProgress>(), CancellationToken.None);

        var request = Request("resumed");
        using var interrupt = new CancellationTokenSource();
        var stopAfterFive = CancelAfter(5, interrupt);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Seeder().SeedAsync(request, stopAfterFive, interrupt.Token));
        Assert.True(File.Exists(request.OutputPath + ".journal"));
        Assert.False(File.Exists(request.OutputPath));

        var resumed = await Seeder().SeedAsync(request, new Progress<TilePackageSeedProgress>(), CancellationToken.None);

        Assert.Equal(5, resumed.Resumed);
        Assert.Equal(complete.Rendered - 5, resumed.Rendered);
        Assert.Equal(await File.ReadAllBytesAsync(complete.Path), await File.ReadAllBytesAsync(resumed.Path));
        Assert.False(File.Exists(request.OutputPath + ".journal"));
        Assert.False(File.Exists(request.OutputPath + ".part"));
    }

    [DatabaseFact]
    public async Task The_server_serves_a_seeded_package_under_tiles_packages()
    {
        using var client = server.CreateClient();
        await Seeder().SeedAsync(Request("served"), new Progress<TilePackageSeedProgress>(), CancellationToken.None);

        var package = await TileClient.FetchAsync(client, "/tiles/packages/served/8/205/108.mvt");
        var live = await TileClient.FetchAsync(client, "/tiles/admin,roads/8/205/108.mvt");
        var outside = await TileClient.FetchAsync(client, "/tiles/packages/served/8/212/90.mvt");
        var missing = await TileClient.FetchAsync(client, "/tiles/packages/nothing/8/205/108.mvt");

        Assert.Equal(HttpStatusCode.OK, package.Status);
        Assert.Equal(live.Bytes, package.Bytes);
        Assert.Equal(HttpStatusCode.NoContent, outside.Status);
        Assert.Equal(HttpStatusCode.NotFound, missing.Status);
    }

    [GdalFact]
    public async Task A_seeded_mbtiles_file_holds_gzip_tiles_in_the_tms_scheme_and_gdal_reads_its_layers()
    {
        using var client = server.CreateClient();
        var result = await Seeder().SeedAsync(Request("jinping", ".mbtiles"), new Progress<TilePackageSeedProgress>(), CancellationToken.None);

        Assert.Equal(TilePackageFormat.MbTiles, result.Format);
        var metadata = await MbTilesFile.MetadataAsync(result.Path);
        Assert.Equal("pbf", metadata["format"]);
        Assert.Equal("0", metadata["minzoom"]);
        Assert.Equal("10", metadata["maxzoom"]);
        Assert.Equal("admin,roads", metadata["name"]);
        var bounds = metadata["bounds"].Split(',').Select(v => double.Parse(v, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        Assert.InRange(bounds[0], 108.5, 109.5);
        Assert.Equal(3, metadata["center"].Split(',').Length);
        var vectorLayers = System.Text.Json.Nodes.JsonNode.Parse(metadata["json"])!["vector_layers"]!.AsArray();
        Assert.Equal(["admin", "roads"], vectorLayers.Select(l => (string)l!["id"]!));

        // 锦屏县 at zoom 8 is XYZ tile 205/108, TMS row 255 − 108 = 147; the stored bytes are the gzip of the served tile.
        var tiles = await MbTilesFile.TilesAsync(result.Path);
        Assert.Equal(result.Tiles, tiles.Count);
        var served = await TileClient.FetchAsync(client, "/tiles/admin,roads/8/205/108.mvt");
        Assert.Equal(served.Bytes, PmTilesGzip.Decompress(tiles[TileAddress.Create(8, 205, 108)]));
        Assert.False(tiles.ContainsKey(TileAddress.Create(8, 212, 90)));

        // GDAL's MBTiles driver reads the vector layers and their features at a zoom of its choice.
        var (exitCode, output) = await RunAsync("ogrinfo", "-ro", "-al", "-so", "-oo", "ZOOM_LEVEL=8", result.Path);
        Assert.True(exitCode == 0, output);
        Assert.Contains("Layer name: admin", output, StringComparison.Ordinal);
        Assert.Contains("Layer name: roads", output, StringComparison.Ordinal);
        var admin = VectorTileReader.Read(served.Bytes).Single(l => l.Name == "admin");
        Assert.Contains("name: String", output, StringComparison.Ordinal);
        Assert.NotEmpty(admin.Features);
        var (featureCode, features) = await RunAsync("ogrinfo", "-ro", "-q", "-oo", "ZOOM_LEVEL=8", result.Path, "admin");
        Assert.True(featureCode == 0, features);
        foreach (var feature in admin.Features)
        {
            Assert.Contains($"code (String) = {feature.Attributes["code"]}", features, StringComparison.Ordinal);
        }
    }

    [DatabaseFact]
    public async Task An_interrupted_mbtiles_seed_resumes_and_a_second_seed_replaces_the_file()
    {
        var complete = await Seeder().SeedAsync(Request("mb-whole", ".mbtiles"), new Progress<TilePackageSeedProgress>(), CancellationToken.None);

        var request = Request("mb-resumed", ".mbtiles");
        await File.WriteAllTextAsync(request.OutputPath, "not an MBTiles file");
        using var interrupt = new CancellationTokenSource();
        var stopAfterFive = CancelAfter(5, interrupt);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Seeder().SeedAsync(request, stopAfterFive, interrupt.Token));
        Assert.True(File.Exists(request.OutputPath + ".journal"));
        Assert.Equal("not an MBTiles file", await File.ReadAllTextAsync(request.OutputPath));

        var resumed = await Seeder().SeedAsync(request, new Progress<TilePackageSeedProgress>(), CancellationToken.None);

        Assert.Equal(5, resumed.Resumed);
        Assert.Equal(complete.Rendered - 5, resumed.Rendered);
        var expected = await MbTilesFile.TilesAsync(complete.Path);
        var actual = await MbTilesFile.TilesAsync(resumed.Path);
        Assert.True(expected.Keys.ToHashSet().SetEquals(actual.Keys));
        Assert.NotEmpty(expected);
        Assert.All(expected, e => Assert.Equal(e.Value, actual[e.Key]));
        Assert.False(File.Exists(request.OutputPath + ".journal"));
        Assert.False(File.Exists(request.OutputPath + ".part"));
        Assert.False(File.Exists(request.OutputPath + ".tmp"));
    }

    // Progress that cancels the seed once it has written this many tiles: an interruption at a known point.
    private static SynchronousProgress CancelAfter(int tiles, CancellationTokenSource interrupt) =>
        new(p =>
        {
            if (p.Done == tiles)
            {
                interrupt.Cancel();
            }
        });

    private static async Task<(int ExitCode, string Output)> RunAsync(string program, params string[] arguments)
    {
        var start = new System.Diagnostics.ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await error);
    }

    private sealed class SynchronousProgress(Action<TilePackageSeedProgress> report) : IProgress<TilePackageSeedProgress>
    {
        public void Report(TilePackageSeedProgress value) => report(value);
    }
}
