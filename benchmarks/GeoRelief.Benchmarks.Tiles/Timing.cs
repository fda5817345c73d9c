using System.Diagnostics;

namespace GeoRelief.Benchmarks.Tiles;

/// <summary>Median wall-clock times of two actions measured alternately (so drift on a shared machine hits both alike), after a warm-up.</summary>
internal static class Timing
{
    private const int WarmUpRuns = 10;

    public static async Task<(double First, double Second)> MedianPairAsync(int iterations, Func<Task> first, Func<Task> second)
    {
        for (var i = 0; i < WarmUpRuns; i++)
        {
            await first();
            await second();
        }

        var a = new double[iterations];
        var b = new double[iterations];
        for (var i = 0; i < iterations; i++)
        {
            a[i] = await TimeAsync(first);
            b[i] = await TimeAsync(second);
        }

        Array.Sort(a);
        Array.Sort(b);
        return (a[iterations / 2], b[iterations / 2]);
    }

    private static async Task<double> TimeAsync(Func<Task> action)
    {
        var start = Stopwatch.GetTimestamp();
        await action();
        return Stopwatch.GetElapsedTime(start).TotalMilliseconds;
    }
}
