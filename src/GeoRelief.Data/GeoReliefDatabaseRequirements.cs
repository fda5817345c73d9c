using System.Globalization;
using System.Text.RegularExpressions;

namespace GeoRelief.Data;

/// <summary>
/// What GeoRelief needs from its server (PostgreSQL ≥ 15, PostGIS ≥ 3.3 with raster; pgRouting optional) and the
/// messages that say which Debian package to install when something is missing.
/// </summary>
public static partial class GeoReliefDatabaseRequirements
{
    /// <summary>The oldest PostgreSQL major version GeoRelief runs on.</summary>
    public const int MinimumPostgreSqlMajor = 15;

    /// <summary>The oldest PostGIS version GeoRelief runs on.</summary>
    public static Version MinimumPostGis { get; } = new(3, 3);

    /// <summary>The Debian package that puts PostGIS 3 into PostgreSQL <paramref name="major"/>.</summary>
    public static string PostGisPackage(int major) =>
        string.Create(CultureInfo.InvariantCulture, $"postgresql-{Math.Max(major, MinimumPostgreSqlMajor)}-postgis-3");

    /// <summary>The Debian package that puts pgRouting into PostgreSQL <paramref name="major"/>.</summary>
    public static string PgRoutingPackage(int major) =>
        string.Create(CultureInfo.InvariantCulture, $"postgresql-{Math.Max(major, MinimumPostgreSqlMajor)}-pgrouting");

    /// <summary>Everything that stops GeoRelief from using a server with <paramref name="capabilities"/>; empty when it can.</summary>
    public static IReadOnlyList<string> FindProblems(GeoReliefDatabaseCapabilities capabilities)
    {
        ArgumentNullException.ThrowIfNull(capabilities);
        var problems = new List<string>();
        var major = capabilities.MajorVersion;
        var server = $"PostgreSQL {capabilities.ShortServerVersion}";
        if (major < MinimumPostgreSqlMajor)
        {
            problems.Add(
                $"{server} is too old: GeoRelief needs PostgreSQL {MinimumPostgreSqlMajor} or newer with PostGIS {MinimumPostGis} or newer "
                + $"(Debian packages postgresql-{MinimumPostgreSqlMajor} and {PostGisPackage(MinimumPostgreSqlMajor)}).");
            return problems;
        }

        var package = PostGisPackage(major);
        if (capabilities.PostGis is null)
        {
            problems.Add(
                $"PostGIS is not installed on the {server} server. Install the Debian package {package} "
                + $"(apt-get install {package}) on the database server, then start GeoRelief again.");
        }
        else if (ParseVersion(capabilities.PostGis) is not { } postGis || postGis < MinimumPostGis)
        {
            problems.Add(
                $"PostGIS {capabilities.PostGis} on the {server} server is too old: GeoRelief needs PostGIS {MinimumPostGis} or newer. "
                + $"Install the Debian package {package} from Debian 12 or apt.postgresql.org.");
        }
        else if (capabilities.PostGisRaster is null)
        {
            problems.Add(
                $"PostGIS raster support (extension postgis_raster) is not installed on the {server} server. "
                + $"Install the Debian package {package}, which includes it.");
        }

        return problems;
    }

    /// <summary>Throws <see cref="GeoReliefDatabaseException"/> listing every problem when the server cannot serve GeoRelief.</summary>
    public static void EnsureMet(GeoReliefDatabaseCapabilities capabilities)
    {
        var problems = FindProblems(capabilities);
        if (problems.Count > 0)
        {
            throw new GeoReliefDatabaseException(string.Join("\n", problems));
        }
    }

    /// <summary>What to install for routing analytics when the server has no pgRouting; null when it has.</summary>
    public static string? DescribeMissingPgRouting(GeoReliefDatabaseCapabilities capabilities)
    {
        ArgumentNullException.ThrowIfNull(capabilities);
        return capabilities.PgRouting is not null
            ? null
            : $"pgRouting is not installed on the PostgreSQL {capabilities.ShortServerVersion} server, so network routing (travel time along roads) "
              + $"is unavailable. Install the Debian package {PgRoutingPackage(capabilities.MajorVersion)} for routing.";
    }

    /// <summary>The leading numeric part of an extension version such as <c>3.3.2</c> or <c>3.5.0dev</c>; null when there is none.</summary>
    public static Version? ParseVersion(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var match = LeadingVersion().Match(text);
        return match.Success && Version.TryParse(match.Value.Contains('.', StringComparison.Ordinal) ? match.Value : match.Value + ".0", out var version)
            ? version
            : null;
    }

    [GeneratedRegex(@"^\d+(\.\d+){0,3}")]
    private static partial Regex LeadingVersion();
}
