using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace GeoRelief.Data.Imports.Internal;

/// <summary>Logs how long each step of one import took (Debug level): where a slow import spends its time.</summary>
internal sealed partial class ImportStepClock(ILogger logger)
{
    private readonly Stopwatch _stopwatch = Stopwatch.StartNew();

    public long BatchId { get; set; }

    /// <summary>Logs the time since the previous lap under the step's name.</summary>
    public void Lap(string step)
    {
        LogStep(logger, BatchId, step, _stopwatch.Elapsed.TotalMilliseconds);
        _stopwatch.Restart();
    }

    [LoggerMessage(EventId = 4002, Level = LogLevel.Debug, Message = "Import batch {BatchId}: {Step} took {Milliseconds:F0} ms")]
    private static partial void LogStep(ILogger logger, long batchId, string step, double milliseconds);
}
