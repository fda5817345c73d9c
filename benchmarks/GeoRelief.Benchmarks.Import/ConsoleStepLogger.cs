using Microsoft.Extensions.Logging;

namespace GeoRelief.Benchmarks.Import;

/// <summary>Prints the importer's log, step timings included, so that a run shows where the time goes.</summary>
internal sealed class ConsoleStepLogger<T> : ILogger<T>
{
    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Debug;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        Console.WriteLine("  " + formatter(state, exception));
    }
}
