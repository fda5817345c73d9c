namespace GeoRelief.Benchmarks.Tiles;

/// <summary>The 1, 5 and 15 minute load averages (Linux /proc/loadavg), printed next to every set of figures.</summary>
internal static class LoadAverage
{
    public static string Read() =>
        File.Exists("/proc/loadavg") ? string.Join(", ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
