using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;
using System.Reflection;
using System.Text;
using Npgsql;

namespace GeoRelief.Benchmarks.Tiles;

/// <summary>
/// MapServer 8 (Debian's cgi-mapserver) behind lighttpd's FastCGI on 127.0.0.1, reading the same PostGIS database:
/// the mapfile, lighttpd and MapServer configuration are filled in from the templates under MapServer/ into a private
/// temporary directory (they hold the connection's password) that is deleted when the host stops.
/// </summary>
internal sealed class MapServerHost : IAsyncDisposable
{
    private readonly Process _lighttpd;
    private readonly string _directory;
    private readonly EventHandler _onProcessExit;
    private bool _stopped;

    private MapServerHost(Process lighttpd, string directory, int port)
    {
        _lighttpd = lighttpd;
        _directory = directory;
        BaseUrl = string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}/mapserv");
        // A benchmark stopped by Ctrl+C or SIGTERM still stops lighttpd and removes the files holding the password.
        _onProcessExit = (_, _) => Stop();
        AppDomain.CurrentDomain.ProcessExit += _onProcessExit;
    }

    public string BaseUrl { get; }

    /// <summary>Why MapServer cannot run here (a tool missing), or null.</summary>
    public static string? UnavailableReason =>
        !File.Exists("/usr/bin/mapserv") ? "mapserv is not installed (benchmarks/GeoRelief.Benchmarks.Tiles/setup.sh installs cgi-mapserver)"
        : !File.Exists("/usr/sbin/lighttpd") ? "lighttpd is not installed (benchmarks/GeoRelief.Benchmarks.Tiles/setup.sh installs it)"
        : null;

    public static async Task<MapServerHost> StartAsync(string db, int port, int processes)
    {
        // Created readable by this user only (0700): the files hold the connection's password.
        var directory = Directory.CreateTempSubdirectory("georelief-bench-mapserver-").FullName;
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["DIRECTORY"] = directory,
            ["PORT"] = port.ToString(CultureInfo.InvariantCulture),
            ["PROCESSES"] = processes.ToString(CultureInfo.InvariantCulture),
            ["CONNECTION"] = MapfileString(LibpqConnection(db)),
        };
        await WriteAsync("georelief.map", directory, values);
        await WriteAsync("mapserver.conf", directory, values);
        await WriteAsync("lighttpd.conf", directory, values);

        ProcessStartInfo start = new("/usr/sbin/lighttpd") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[] { "-D", "-f", Path.Combine(directory, "lighttpd.conf") })
        {
            start.ArgumentList.Add(argument);
        }

        var lighttpd = Process.Start(start)!;
        var host = new MapServerHost(lighttpd, directory, port);
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (lighttpd.HasExited)
            {
                var error = await lighttpd.StandardError.ReadToEndAsync();
                await host.DisposeAsync();
                throw new InvalidOperationException("lighttpd stopped at start: " + error);
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync("127.0.0.1", port);
                return host;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }

        await host.DisposeAsync();
        throw new InvalidOperationException($"lighttpd did not listen on 127.0.0.1:{port}.");
    }

    /// <summary>The URL of one tile of one mapfile layer, with the layer's runtime substitutions.</summary>
    public string TileUrl(string layer, int z, int x, int y, IReadOnlyDictionary<string, string> substitutions)
    {
        var url = new StringBuilder(BaseUrl)
            .Append(CultureInfo.InvariantCulture, $"?mode=tile&tilemode=gmap&tile={x}+{y}+{z}&layers={Uri.EscapeDataString(layer)}");
        foreach (var (name, value) in substitutions)
        {
            url.Append(CultureInfo.InvariantCulture, $"&{name}={Uri.EscapeDataString(value)}");
        }

        return url.ToString();
    }

    public ValueTask DisposeAsync()
    {
        Stop();
        AppDomain.CurrentDomain.ProcessExit -= _onProcessExit;
        _lighttpd.Dispose();
        return ValueTask.CompletedTask;
    }

    private void Stop()
    {
        if (_stopped)
        {
            return;
        }

        _stopped = true;
        if (!_lighttpd.HasExited)
        {
            // lighttpd and the mapserv processes it spawned: only the processes this host started.
            _lighttpd.Kill(entireProcessTree: true);
            _lighttpd.WaitForExit();
        }

        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private static async Task WriteAsync(string name, string directory, IReadOnlyDictionary<string, string> values)
    {
        var resource = $"GeoRelief.Benchmarks.Tiles.MapServer.{name}.template";
        await using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The template {resource} is not embedded.");
        using var reader = new StreamReader(stream);
        var text = await reader.ReadToEndAsync();
        foreach (var (key, value) in values)
        {
            text = text.Replace("{{" + key + "}}", value, StringComparison.Ordinal);
        }

        var path = Path.Combine(directory, name);
        await File.WriteAllTextAsync(path, text);
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
    }

    /// <summary>The Npgsql connection string as libpq keywords, each value single-quoted.</summary>
    private static string LibpqConnection(string db)
    {
        var builder = new NpgsqlConnectionStringBuilder(db);
        var parts = new List<string>();
        void Add(string keyword, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                parts.Add($"{keyword}='{value.Replace(@"\", @"\\", StringComparison.Ordinal).Replace("'", @"\'", StringComparison.Ordinal)}'");
            }
        }

        Add("host", builder.Host);
        Add("port", builder.Port.ToString(CultureInfo.InvariantCulture));
        Add("dbname", builder.Database);
        Add("user", builder.Username);
        Add("password", builder.Password);
        return string.Join(' ', parts);
    }

    /// <summary>A value inside a double-quoted mapfile string.</summary>
    private static string MapfileString(string text) =>
        text.Replace(@"\", @"\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);
}
