using System.Diagnostics;
using System.Globalization;

namespace GeoRelief.Data.Internal;

/// <summary>Answers whether a process id belongs to a PostgreSQL server of a given data directory.</summary>
internal static class PostgresProcessProbe
{
    private const string ProcRoot = "/proc";

    /// <summary>
    /// True when <paramref name="processId"/> is alive and is a postgres process serving
    /// <paramref name="dataDirectory"/> (its working directory is the data directory, or its command line names it).
    /// </summary>
    public static bool IsPostgresOf(int processId, string dataDirectory)
    {
        if (processId <= 0)
        {
            return false;
        }

        if (!Directory.Exists(ProcRoot))
        {
            return IsPostgresByProcessApi(processId);
        }

        var process = Path.Combine(ProcRoot, processId.ToString(CultureInfo.InvariantCulture));
        var command = TryReadText(Path.Combine(process, "comm"))?.Trim();
        if (command is null || !command.StartsWith("postgres", StringComparison.Ordinal) || IsZombie(process))
        {
            return false;
        }

        return UsesDataDirectory(process, Path.GetFullPath(dataDirectory));
    }

    /// <summary>Process ids of every live postgres process (postmaster or backend) serving <paramref name="dataDirectory"/>.</summary>
    public static IReadOnlyList<int> FindProcessesOf(string dataDirectory)
    {
        if (!Directory.Exists(ProcRoot))
        {
            return [];
        }

        var found = new List<int>();
        foreach (var entry in Directory.EnumerateDirectories(ProcRoot))
        {
            if (int.TryParse(Path.GetFileName(entry), NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
                && IsPostgresOf(pid, dataDirectory))
            {
                found.Add(pid);
            }
        }

        return found;
    }

    // The postmaster changes into its data directory at start, and its children inherit that directory.
    private static bool UsesDataDirectory(string process, string dataDirectory)
    {
        try
        {
            var cwd = new DirectoryInfo(Path.Combine(process, "cwd")).LinkTarget;
            if (cwd is not null)
            {
                return string.Equals(cwd.TrimEnd('/'), dataDirectory.TrimEnd('/'), StringComparison.Ordinal);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Reading another user's working directory may be refused; the command line is world-readable.
        }

        var arguments = TryReadText(Path.Combine(process, "cmdline"))?.Split('\0') ?? [];
        return arguments.Any(a => string.Equals(a.TrimEnd('/'), dataDirectory.TrimEnd('/'), StringComparison.Ordinal));
    }

    private static bool IsZombie(string process)
    {
        var stat = TryReadText(Path.Combine(process, "stat"));
        var afterName = stat?.LastIndexOf(')') ?? -1;
        return afterName >= 0 && afterName + 2 < stat!.Length && stat[afterName + 2] is 'Z' or 'X';
    }

    private static bool IsPostgresByProcessApi(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited && process.ProcessName.StartsWith("postgres", StringComparison.Ordinal);
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static string? TryReadText(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
