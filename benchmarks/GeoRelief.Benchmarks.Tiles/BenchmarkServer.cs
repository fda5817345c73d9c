using System.Globalization;
using GeoRelief.Server.Hosting;
using Microsoft.AspNetCore.Builder;

namespace GeoRelief.Benchmarks.Tiles;

/// <summary>A GeoRelief server in this process on 127.0.0.1, with or without the tile cache.</summary>
internal sealed class BenchmarkServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private BenchmarkServer(WebApplication app, string baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    public string BaseUrl { get; }

    /// <summary>The server's services (to call the tile service in process, without HTTP).</summary>
    public IServiceProvider Services => _app.Services;

    public static async Task<BenchmarkServer> StartAsync(string db, int port, int cacheMegabytes)
    {
        var cacheDirectory = Path.Combine(Path.GetTempPath(), "georelief-bench-tiles-" + port.ToString(CultureInfo.InvariantCulture));
        string[] args =
        [
            $"--Tiles:MemoryCacheMegabytes={cacheMegabytes}",
            $"--Tiles:DiskCacheMegabytes={cacheMegabytes}",
            $"--Tiles:DiskCacheDirectory={cacheDirectory}",
            "--Logging:LogLevel:Default=Warning",
        ];
        var overrides = new Dictionary<string, string?>
        {
            ["Db"] = db,
            ["LoadSample"] = "true",
            ["Port"] = port.ToString(CultureInfo.InvariantCulture),
        };
        var app = GeoReliefApp.Build(args, overrides);
        await app.StartAsync();
        return new BenchmarkServer(app, $"http://127.0.0.1:{port}");
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
