using System.Globalization;

namespace GeoRelief.Data.Internal;

/// <summary>
/// The parts of a data directory's <c>postmaster.pid</c> that GeoRelief reads: line 1 the postmaster's process
/// id, line 2 its data directory, line 4 its port, line 8 its status ("ready", "starting", "stopping").
/// </summary>
internal sealed record PostmasterPidFile(int ProcessId, string DataDirectory, int? Port, string? Status)
{
    /// <summary>The file name PostgreSQL writes into the data directory while a postmaster runs.</summary>
    public const string FileName = "postmaster.pid";

    /// <summary>Reads the pid file of <paramref name="dataDirectory"/>, or null when there is none or it is unreadable.</summary>
    public static PostmasterPidFile? TryRead(string dataDirectory)
    {
        var path = Path.Combine(dataDirectory, FileName);
        string[] lines;
        try
        {
            lines = File.ReadAllLines(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }

        return Parse(lines);
    }

    /// <summary>Parses the lines of a pid file; null when the first line is not a process id.</summary>
    public static PostmasterPidFile? Parse(IReadOnlyList<string> lines)
    {
        if (lines.Count == 0 || !int.TryParse(lines[0].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
        {
            return null;
        }

        string? Line(int number) => lines.Count >= number ? lines[number - 1].Trim() : null;
        int? port = int.TryParse(Line(4), NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p : null;
        return new PostmasterPidFile(pid, Line(2) ?? string.Empty, port, Line(8));
    }
}
