using System.Collections.Concurrent;
using System.Reflection;

namespace GeoRelief.Data.Sql;

/// <summary>Reads the SQL text of a <c>.sql</c> file embedded in this assembly, by its path below the project.</summary>
public static class EmbeddedSql
{
    private static readonly Assembly Assembly = typeof(EmbeddedSql).Assembly;
    private static readonly ConcurrentDictionary<string, string> Cache = new(StringComparer.Ordinal);

    /// <summary>The text of e.g. <c>AdminUnits/Sql/list.sql</c>; throws when no such file was embedded.</summary>
    public static string Read(string relativePath) => Cache.GetOrAdd(relativePath, Load);

    private static string Load(string relativePath)
    {
        var name = "GeoRelief.Data." + relativePath;
        using var stream = Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"No embedded SQL file '{relativePath}' (resource '{name}') in {Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
