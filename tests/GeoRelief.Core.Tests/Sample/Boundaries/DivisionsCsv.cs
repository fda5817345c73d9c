using GeoRelief.Core.Sample;

namespace GeoRelief.Core.Tests.Sample.Boundaries;

/// <summary>The official divisions of the sample, read from data/divisions/divisions.csv in the repository.</summary>
internal static class DivisionsCsv
{
    private static readonly Lazy<IReadOnlyList<Division>> Cached = new(Read);

    public static IReadOnlyList<Division> All => Cached.Value;

    private static List<Division> Read()
    {
        var path = FindInRepository(Path.Combine("data", "divisions", "divisions.csv"));
        return [.. File.ReadLines(path)
            .Skip(1)
            .Where(line => line.Length > 0)
            .Select(line =>
            {
                var fields = line.Split(',', 4);
                return new Division(
                    fields[0],
                    int.Parse(fields[1], System.Globalization.CultureInfo.InvariantCulture),
                    fields[2].Length == 0 ? null : fields[2],
                    fields[3]);
            })];
    }

    private static string FindInRepository(string relativePath)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relativePath);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"No {relativePath} above {AppContext.BaseDirectory}.");
    }
}
