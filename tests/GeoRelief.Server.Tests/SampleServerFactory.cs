using GeoRelief.Data.Tests;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace GeoRelief.Server.Tests;

/// <summary>
/// The real server, in memory, on a fresh database of its own that the server fills with the sample on start —
/// exactly what a first <c>./run.sh</c> does, minus the embedded cluster (the test run's server is used instead).
/// </summary>
public sealed class SampleServerFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    private TestDatabase? _database;

    /// <summary>The test database the server runs on.</summary>
    public TestDatabase Database => _database ?? throw new InvalidOperationException("The factory has not been initialised.");

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync(migrate: false);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseSetting("GeoRelief:Db", Database.ConnectionString);
        builder.UseSetting("GeoRelief:LoadSample", "true");
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
