using System.Diagnostics;

namespace GeoRelief.Benchmarks.Import;

/// <summary>Samples this process's working set every 20 ms while it lives: the peak shows whether memory stays flat.</summary>
internal sealed class WorkingSetSampler : IDisposable
{
    private readonly Timer _timer;
    private long _peak;

    public WorkingSetSampler()
    {
        Start = Current();
        _peak = Start;
        _timer = new Timer(_ => Sample(), null, 0, 20);
    }

    public long Start { get; }

    public long Peak
    {
        get
        {
            Sample();
            return Interlocked.Read(ref _peak);
        }
    }

    public void Dispose() => _timer.Dispose();

    private static long Current()
    {
        using var process = Process.GetCurrentProcess();
        return process.WorkingSet64;
    }

    private void Sample()
    {
        var now = Current();
        long seen;
        while (now > (seen = Interlocked.Read(ref _peak)) && Interlocked.CompareExchange(ref _peak, now, seen) != seen)
        {
        }
    }
}
