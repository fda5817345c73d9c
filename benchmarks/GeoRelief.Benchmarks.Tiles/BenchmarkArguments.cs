namespace GeoRelief.Benchmarks.Tiles;

/// <summary>Reads "--name value" pairs.</summary>
internal static class BenchmarkArguments
{
    public static string? Get(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
