using System.Globalization;
using System.Runtime;

namespace GeoRelief.Benchmarks.Import;

/// <summary>
/// What the .NET runtime did for the process so far — bytes allocated, collections by generation, time paused by the
/// collector, time the JIT compiled — so that a pass's share of it (the difference of two readings) can be printed
/// beside its time: on two cores the collector and the JIT run beside the reader and PostgreSQL.
/// </summary>
internal readonly record struct RuntimeWork(long AllocatedBytes, int Gen0, int Gen1, int Gen2, TimeSpan GcPause, TimeSpan JitTime)
{
    public static RuntimeWork Now() => new(
        GC.GetTotalAllocatedBytes(precise: true),
        GC.CollectionCount(0),
        GC.CollectionCount(1),
        GC.CollectionCount(2),
        GC.GetTotalPauseDuration(),
        System.Runtime.JitInfo.GetCompilationTime());

    public static RuntimeWork operator -(RuntimeWork after, RuntimeWork before) => new(
        after.AllocatedBytes - before.AllocatedBytes,
        after.Gen0 - before.Gen0,
        after.Gen1 - before.Gen1,
        after.Gen2 - before.Gen2,
        after.GcPause - before.GcPause,
        after.JitTime - before.JitTime);

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"allocated {AllocatedBytes / 1e6:N0} MB; collections gen0 {Gen0}, gen1 {Gen1}, gen2 {Gen2}, paused {GcPause.TotalMilliseconds:N0} ms; "
        + $"JIT compiled for {JitTime.TotalMilliseconds:N0} ms ({GCSettings.IsServerGC switch { true => "server", false => "workstation" }} GC)");
}
