using GeoRelief.Data.Cluster;
using Microsoft.Extensions.Logging.Abstractions;

namespace GeoRelief.Data.Tests.Cluster;

/// <summary>A temporary GeoRelief home for one cluster test: its server is stopped and its files removed on dispose.</summary>
internal sealed class ClusterHome : IAsyncDisposable
{
    public ClusterHome()
    {
        Options = new EmbeddedClusterOptions { Home = TestHomes.NewPath() };
        Directory.CreateDirectory(Options.Home);
        TestHomes.Claim(Options.Home);
    }

    public EmbeddedClusterOptions Options { get; }

    public string Path => Options.Home;

    public EmbeddedCluster NewCluster() => new(Options, NullLogger<EmbeddedCluster>.Instance);

    public async ValueTask DisposeAsync()
    {
        Npgsql.NpgsqlConnection.ClearAllPools();
        await NewCluster().StopAsync(CancellationToken.None);
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
