using System.Diagnostics;

namespace GeoRelief.Benchmarks.Tiles;

/// <summary>
/// Median wall-clock times of several actions measured in turn, the order rotating from run to run (so drift on a shared
/// machine hits all alike), after a
/// warm-up. Slow tiles get fewer runs: as many as fit in <c>secondsPerAction</c> each, at least 5.
/// </summary>
internal static class Timing
{
    public static async Task<(double[] Medians, int Runs)> MediansAsync(int maxIterations, double secondsPerAction, params Func<Task>[] actions)
    {
        // One untimed call first (it may fill caches, e.g. the poverty class breaks), then one timed call to size the run.
        foreach (var action in actions)
        {
            await action();
        }

        var first = new double[actions.Length];
        for (var i = 0; i < actions.Length; i++)
        {
            first[i] = await TimeAsync(actions[i]);
        }

        var runs = (int)Math.Clamp(secondsPerAction * 1000 / Math.Max(first.Max(), 0.01), 5, maxIterations);
        var warmUp = Math.Min(10, runs / 4);
        for (var w = 0; w < warmUp; w++)
        {
            foreach (var action in actions)
            {
                await action();
            }
        }

        var times = actions.Select(_ => new double[runs]).ToArray();
        for (var r = 0; r < runs; r++)
        {
            // Each run starts with another action, so no action always goes first (after the pause of a new round).
            for (var k = 0; k < actions.Length; k++)
            {
                var i = (r + k) % actions.Length;
                times[i][r] = await TimeAsync(actions[i]);
            }
        }

        return ([.. times.Select(t => t.Order().ElementAt(runs / 2))], runs);
    }

    /// <summary>
    /// The median of <paramref name="action"/> run back to back for <paramref name="seconds"/> (at least 3 times): the
    /// in-process counterpart of wrk with one connection, which also sends the next request when the last is answered.
    /// </summary>
    public static async Task<double> BackToBackMedianAsync(double seconds, Func<Task> action)
    {
        var times = new List<double>();
        var start = Stopwatch.GetTimestamp();
        while (times.Count < 3 || Stopwatch.GetElapsedTime(start).TotalSeconds < seconds)
        {
            times.Add(await TimeAsync(action));
        }

        return times.Order().ElementAt(times.Count / 2);
    }

    private static async Task<double> TimeAsync(Func<Task> action)
    {
        var start = Stopwatch.GetTimestamp();
        await action();
        return Stopwatch.GetElapsedTime(start).TotalMilliseconds;
    }
}
