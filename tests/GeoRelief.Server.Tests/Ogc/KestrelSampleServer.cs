using System.Globalization;
using System.Net;
using System.Net.Sockets;
using GeoRelief.Data.Tests;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace GeoRelief.Server.Tests.Ogc;

/// <summary>The real server on a real Kestrel port of 127.0.0.1 (for clients outside the process, such as GDAL), on a fresh sample database.</summary>
public sealed class KestrelSampleServer : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly int _port = FreePort();
    private TestDatabase? _database;

    /// <summary>The server's base URL, without a trailing slash.</summary>
    public string BaseUrl => string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{_port}");

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(migrate: false);
        UseKestrel();
        StartServer();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseSetting("GeoRelief:Db", _database!.ConnectionString);
        builder.UseSetting("GeoRelief:LoadSample", "true");
        builder.UseSetting("GeoRelief:Port", _port.ToString(CultureInfo.InvariantCulture));
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
