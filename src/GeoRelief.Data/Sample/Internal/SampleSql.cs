using System.Collections.Concurrent;

namespace GeoRelief.Data.Sample.Internal;

/// <summary>The loader's SQL, read from the embedded files under Sample/Sql.</summary>
internal static class SampleSql
{
    private static readonly ConcurrentDictionary<string, string> Cache = new(StringComparer.Ordinal);

    /// <summary>The text of Sample/Sql/<paramref name="fileName"/>.</summary>
    public static string Get(string fileName) => Cache.GetOrAdd(fileName, Read);

    private static string Read(string fileName)
    {
        // The csproj names resources after their folder path; normalise separators so either spelling matches.
        var assembly = typeof(SampleSql).Assembly;
        var wanted = $"GeoRelief.Data.Sample.Sql.{fileName}";
        var name = assembly.GetManifestResourceNames().SingleOrDefault(n => n.Replace('/', '.').Replace('\\', '.') == wanted)
            ?? throw new InvalidOperationException($"Embedded SQL file Sample/Sql/{fileName} is missing from {assembly.GetName().Name}.");
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
