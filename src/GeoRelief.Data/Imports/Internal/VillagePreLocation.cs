using Microsoft.Extensions.Logging;
using Npgsql;

namespace GeoRelief.Data.Imports.Internal;

/// <summary>
/// The reader's <see cref="VillageCellMap"/> for one import, built in the background once the file has proved large
/// (<c>afterRows</c> rows read; 0 builds it before the first row): a small file never pays for reading every village
/// boundary, and a large one has most of its points placed before they reach PostgreSQL. Rows read before the map is
/// ready are located by PostGIS, as every row was before; so are all rows when the map cannot be read (a warning says
/// why).
/// </summary>
internal sealed partial class VillagePreLocation(Func<CancellationToken, Task<VillageCellMap>> load, long afterRows, ILogger logger) : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private Task<VillageCellMap>? _loading;

    /// <summary>The map once it is built; null before.</summary>
    public VillageCellMap? ReadyMap => _loading is { IsCompletedSuccessfully: true } loading ? loading.Result : null;

    /// <summary>Starts building the map when <paramref name="rowsRead"/> has reached the threshold; with a threshold of 0, waits for it.</summary>
    public async Task StartIfDueAsync(long rowsRead, CancellationToken ct)
    {
        if (_loading is not null || rowsRead < afterRows)
        {
            return;
        }

        var stop = _stop.Token;
        _loading = Task.Run(() => load(stop), CancellationToken.None);
        if (afterRows == 0)
        {
            // Waits for the map, not for its outcome: FinishAsync reports a failure.
            await Task.WhenAny(_loading).WaitAsync(ct);
        }
    }

    /// <summary>
    /// Called when every row is read: a map still being built is of no more use and is abandoned; a map the database
    /// could not give is logged, and the import goes on with PostGIS's linkage alone.
    /// </summary>
    public async Task FinishAsync()
    {
        if (_loading is null)
        {
            return;
        }

        if (!_loading.IsCompleted)
        {
            await _stop.CancelAsync();
        }

        try
        {
            var map = await _loading;
            LogMapBuilt(logger, map.Villages);
        }
        catch (Exception e) when (_stop.IsCancellationRequested && e is OperationCanceledException or NpgsqlException)
        {
            // Abandoned above (a cancelled statement may also end as PostgreSQL's 57014).
        }
        catch (NpgsqlException e)
        {
            LogMapFailed(logger, e.Message);
        }
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_loading is not null)
        {
            // The import has failed or finished; whatever the build ended with no longer matters to it.
            await _loading.ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }

        _stop.Dispose();
    }

    [LoggerMessage(EventId = 4003, Level = LogLevel.Debug, Message = "The import's reader placed points with a map of {Villages} villages.")]
    private static partial void LogMapBuilt(ILogger logger, int villages);

    [LoggerMessage(EventId = 4004, Level = LogLevel.Warning, Message = "The import's reader could not read the village boundaries ({Reason}); PostGIS located every point.")]
    private static partial void LogMapFailed(ILogger logger, string reason);
}
