using GeoRelief.Data;
using GeoRelief.Data.AdminUnits;
using Microsoft.Extensions.Options;

namespace GeoRelief.Server.Hosting;

/// <summary>
/// Loads the sample counties when the database is empty, so a first <c>./run.sh</c> shows a map; it runs after
/// the database has started and before the server takes requests.
/// </summary>
public sealed partial class SampleOnFirstStart(
    GeoReliefDatabase database,
    IOptions<GeoReliefOptions> options,
    ILogger<SampleOnFirstStart> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        // Hosted services are all created before any starts, so the data source is taken only now, after the
        // database service (registered first) has started.
        if (!options.Value.LoadSample || await new AdminUnitStore(database.DataSource).AnyAsync(cancellationToken))
        {
            return;
        }

        LogLoadingSample(logger);
        var summary = await new SampleLoading(database.DataSource).LoadAsync(cancellationToken);
        LogLoadedSample(logger, summary);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "The database is empty: loading the sample counties (synthetic geometry)")]
    private static partial void LogLoadingSample(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Sample loaded: {Summary}")]
    private static partial void LogLoadedSample(ILogger logger, string summary);
}
