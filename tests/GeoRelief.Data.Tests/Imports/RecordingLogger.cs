using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace GeoRelief.Data.Tests.Imports;

/// <summary>Keeps every message logged, Debug included: what a test reads to learn which path an import took.</summary>
public sealed class RecordingLogger<T> : ILogger<T>
{
    public ConcurrentQueue<string> Messages { get; } = new();

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        Messages.Enqueue(formatter(state, exception));
    }
}
