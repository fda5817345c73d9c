using System.Globalization;
using System.Text.RegularExpressions;
using GeoRelief.Data.Internal;

namespace GeoRelief.Data.Cluster;

/// <summary>The PostgreSQL server programs (initdb, pg_ctl, postgres, psql) found on this machine.</summary>
public sealed partial class PostgresInstallation
{
    /// <summary>The oldest PostgreSQL major version GeoRelief runs on.</summary>
    public const int MinimumMajorVersion = 15;

    private const string DebianInstallRoot = "/usr/lib/postgresql";

    private PostgresInstallation(string binDirectory, int majorVersion, string version)
    {
        BinDirectory = binDirectory;
        MajorVersion = majorVersion;
        Version = version;
    }

    /// <summary>The directory holding the programs.</summary>
    public string BinDirectory { get; }

    /// <summary>The major version, e.g. 15.</summary>
    public int MajorVersion { get; }

    /// <summary>The full version the programs report, e.g. 15.14.</summary>
    public string Version { get; }

    /// <summary>The full path of the program <paramref name="name"/> (e.g. <c>pg_ctl</c>) in this installation.</summary>
    public string Program(string name) => Path.Combine(BinDirectory, name);

    /// <summary>
    /// Finds the server programs: <paramref name="binDirectory"/> when given, else <c>pg_config --bindir</c>, else
    /// the newest <c>/usr/lib/postgresql/N/bin</c> with N ≥ 15. Fails with the Debian packages to install.
    /// </summary>
    public static async Task<PostgresInstallation> LocateAsync(string? binDirectory, CancellationToken cancellationToken)
    {
        if (binDirectory is not null)
        {
            return await TryOpenAsync(Path.GetFullPath(binDirectory), cancellationToken)
                ?? throw new EmbeddedClusterException(
                    $"{binDirectory} does not hold PostgreSQL {MinimumMajorVersion} or newer server programs (initdb, pg_ctl, postgres). "
                    + $"Fix {EmbeddedClusterOptions.BinDirectoryEnvironmentVariable} or unset it to search the usual places.");
        }

        return await TryLocateAsync(cancellationToken)
            ?? throw new EmbeddedClusterException(
                $"No PostgreSQL {MinimumMajorVersion} or newer server programs were found (pg_config --bindir, {DebianInstallRoot}/*/bin). "
                + "Install them with 'apt-get install postgresql-15 postgresql-15-postgis-3', or set GEORELIEF_DB to an existing PostGIS server.");
    }

    /// <summary>Like <see cref="LocateAsync"/> without an explicit directory, but null when nothing suitable is installed.</summary>
    public static async Task<PostgresInstallation?> TryLocateAsync(CancellationToken cancellationToken)
    {
        var fromPgConfig = await BinDirectoryFromPgConfigAsync(cancellationToken);
        if (fromPgConfig is not null && await TryOpenAsync(fromPgConfig, cancellationToken) is { } configured)
        {
            return configured;
        }

        if (!Directory.Exists(DebianInstallRoot))
        {
            return null;
        }

        var candidates = Directory.EnumerateDirectories(DebianInstallRoot)
            .Select(d => (Directory: d, Major: int.TryParse(Path.GetFileName(d), NumberStyles.None, CultureInfo.InvariantCulture, out var m) ? m : 0))
            .Where(c => c.Major >= MinimumMajorVersion)
            .OrderByDescending(c => c.Major);
        foreach (var candidate in candidates)
        {
            if (await TryOpenAsync(Path.Combine(candidate.Directory, "bin"), cancellationToken) is { } installation)
            {
                return installation;
            }
        }

        return null;
    }

    private static async Task<string?> BinDirectoryFromPgConfigAsync(CancellationToken cancellationToken)
    {
        try
        {
            var result = await ProcessRunner.RunAsync("pg_config", ["--bindir"], cancellationToken);
            return result.Succeeded ? result.StandardOutput.Trim() : null;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    private static async Task<PostgresInstallation?> TryOpenAsync(string binDirectory, CancellationToken cancellationToken)
    {
        string[] required = ["initdb", "pg_ctl", "postgres"];
        if (!required.All(p => File.Exists(Path.Combine(binDirectory, p))))
        {
            return null;
        }

        var result = await ProcessRunner.RunAsync(Path.Combine(binDirectory, "postgres"), ["--version"], cancellationToken);
        var match = VersionPattern().Match(result.StandardOutput);
        if (!result.Succeeded || !match.Success)
        {
            return null;
        }

        var major = int.Parse(match.Groups["major"].Value, CultureInfo.InvariantCulture);
        return major >= MinimumMajorVersion ? new PostgresInstallation(binDirectory, major, match.Groups["version"].Value) : null;
    }

    [GeneratedRegex(@"\(PostgreSQL\)\s+(?<version>(?<major>\d+)(\.\d+)?)")]
    private static partial Regex VersionPattern();
}
