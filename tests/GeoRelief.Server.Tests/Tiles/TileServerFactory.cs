using GeoRelief.Data.Tests;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace GeoRelief.Server.Tests.Tiles;

/// <summary>
/// The real server on a fresh database filled with the sample, with a disk cache of its own and the change check on
/// every request, so a test that edits the database sees the effect on its next request.
/// </summary>
public sealed class TileServerFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly string _cacheDirectory = Path.Combine(Path.GetTempPath(), "georelief-tiles-" + Guid.NewGuid().ToString("N")[..12]);
    private TestDatabase? _database;

    /// <summary>The test database the server runs on.</summary>
    public TestDatabase Database => _database ?? throw new InvalidOperationException("The factory has not been initialised.");

    /// <summary>Where the server keeps its disk cache.</summary>
    public string CacheDirectory => _cacheDirectory;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync(migrate: false);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseSetting("GeoRelief:Db", Database.ConnectionString);
        builder.UseSetting("GeoRelief:LoadSample", "true");
        builder.UseSetting("Tiles:ChangeCheckMilliseconds", "0");
        builder.UseSetting("Tiles:DiskCacheDirectory", _cacheDirectory);
        builder.UseSetting("Tiles:DiskCacheMegabytes", "64");
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

        if (Directory.Exists(_cacheDirectory))
        {
            Directory.Delete(_cacheDirectory, recursive: true);
        }
    }
}
