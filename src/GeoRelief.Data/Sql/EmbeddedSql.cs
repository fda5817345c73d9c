using System.Collections.Concurrent;
using System.Reflection;

namespace GeoRelief.Data.Sql;

/// <summary>
/// Reads the <c>.sql</c> files embedded in this assembly by their path under the project folder — the one way
/// SQL text enters GeoRelief (CONVENTIONS.md, habit 6).
/// </summary>
public static class EmbeddedSql
{
    private const string Prefix = "GeoRelief.Data.";
    private static readonly Assembly Assembly = typeof(EmbeddedSql).Assembly;
    private static readonly ConcurrentDictionary<string, string> Cache = new(StringComparer.Ordinal);

    /// <summary>The text of the embedded file at <paramref name="path"/>, e.g. <c>AdminUnits/Sql/list.sql</c>.</summary>
    public static string Read(string path) => Cache.GetOrAdd(NormalizeName(path), ReadNormalized);

    /// <summary>Every embedded file directly under <paramref name="folder"/>, as (file name, text), ordered by file name.</summary>
    public static IReadOnlyList<(string FileName, string Text)> ReadFolder(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var prefix = NormalizeName(folder.TrimEnd('/') + "/");
        return Assembly.GetManifestResourceNames()
            .Select(name => (Resource: name, Normalized: NormalizeName(name)))
            .Where(r => r.Normalized.StartsWith(prefix, StringComparison.Ordinal)
                        && r.Normalized.EndsWith(".sql", StringComparison.Ordinal)
                        && !r.Normalized[prefix.Length..^".sql".Length].Contains('.', StringComparison.Ordinal))
            .Select(r => (FileName: r.Normalized[prefix.Length..], Text: ReadResource(r.Resource)))
            .OrderBy(r => r.FileName, StringComparer.Ordinal)
            .ToList();
    }

    // MSBuild's RecursiveDir keeps the platform's directory separator inside the logical name.
    private static string NormalizeName(string name)
    {
        var dotted = name.Replace('\\', '.').Replace('/', '.');
        return dotted.StartsWith(Prefix, StringComparison.Ordinal) ? dotted : Prefix + dotted;
    }

    private static string ReadNormalized(string normalizedName)
    {
        var resource = Assembly.GetManifestResourceNames().FirstOrDefault(n => NormalizeName(n) == normalizedName)
            ?? throw new InvalidOperationException($"The SQL file '{normalizedName}' is not embedded in {Assembly.GetName().Name}.");
        return ReadResource(resource);
    }

    private static string ReadResource(string resource)
    {
        using var stream = Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded file '{resource}' cannot be opened.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
