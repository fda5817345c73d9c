using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace GeoRelief.Data.Migrations;

/// <summary>One versioned schema change: a SQL file named <c>NNNN_description.sql</c> and its text.</summary>
public sealed partial class Migration
{
    /// <summary>Creates a migration from its file name (which carries the version) and its SQL text.</summary>
    public Migration(string fileName, string sql)
    {
        ArgumentException.ThrowIfNullOrEmpty(fileName);
        ArgumentNullException.ThrowIfNull(sql);
        var match = FileNamePattern().Match(fileName);
        if (!match.Success)
        {
            throw new ArgumentException(
                $"The migration file name '{fileName}' does not read NNNN_description.sql (four or more digits, an underscore, lower-case words).",
                nameof(fileName));
        }

        FileName = fileName;
        Version = int.Parse(match.Groups["version"].Value, NumberStyles.None, CultureInfo.InvariantCulture);
        // Line endings must not change the checksum: a checkout with CRLF is the same migration.
        Sql = sql.Replace("\r\n", "\n", StringComparison.Ordinal);
        Checksum = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Sql)));
    }

    /// <summary>The version, from the file name's leading digits; migrations apply in ascending version.</summary>
    public int Version { get; }

    /// <summary>The file name, e.g. <c>0001_storage_model.sql</c>.</summary>
    public string FileName { get; }

    /// <summary>The SQL text, with line endings normalised to LF.</summary>
    public string Sql { get; }

    /// <summary>SHA-256 of the SQL text, as lower-case hex; an applied migration's checksum never changes.</summary>
    public string Checksum { get; }

    /// <inheritdoc />
    public override string ToString() => FileName;

    [GeneratedRegex(@"^(?<version>[0-9]{4,9})_[a-z0-9_]+\.sql$")]
    private static partial Regex FileNamePattern();
}
