using System.Diagnostics;
using System.Globalization;

namespace GeoRelief.Benchmarks.Tiles;

/// <summary>
/// The <c>georelief</c> executable itself (<c>georelief serve</c>, copied beside the benchmark with its own runtimeconfig:
/// server GC, the thread-pool setting) in a process of its own on 127.0.0.1, with the tile cache off — the product as
/// deployed, for the figures an outside client measures (wrk). The connection string goes in through the environment,
/// not the command line.
/// </summary>
internal sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _cacheDirectory;

    private ServerProcess(Process process, string cacheDirectory, int port)
    {
        _process = process;
        _cacheDirectory = cacheDirectory;
        BaseUrl = string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}");
    }

    public string BaseUrl { get; }

    public static async Task<ServerProcess> StartAsync(string db, int port)
    {
        var cacheDirectory = Directory.CreateTempSubdirectory("georelief-bench-serve-").FullName;
        ProcessStartInfo start = new("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[]
                 {
                     Path.Combine(AppContext.BaseDirectory, "georelief.dll"), "serve",
                     "--Tiles:MemoryCacheMegabytes=0", "--Tiles:DiskCacheMegabytes=0", $"--Tiles:DiskCacheDirectory={cacheDirectory}",
                     "--Logging:LogLevel:Default=Warning",
                 })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["GEORELIEF_DB"] = db;
        start.Environment["GEORELIEF_PORT"] = port.ToString(CultureInfo.InvariantCulture);
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet georelief.dll serve did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                Console.Error.WriteLine($"georelief serve: {e.Data}");
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new ServerProcess(process, cacheDirectory, port);
        using var http = new HttpClient();
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"georelief serve exited with code {process.ExitCode} before it answered /health.");
            }

            try
            {
                if ((await http.GetAsync(new Uri($"{server.BaseUrl}/health"))).IsSuccessStatusCode)
                {
                    return server;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        await server.DisposeAsync();
        throw new InvalidOperationException("georelief serve did not answer /health within 60 s.");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        Directory.Delete(_cacheDirectory, recursive: true);
    }
}
