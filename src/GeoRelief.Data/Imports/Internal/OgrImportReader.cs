using System.Diagnostics;
using GeoRelief.Data.Processes;
using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using GeoRelief.Core.Imports;
using GeoRelief.Data.Internal;
using GeoRelief.Data.Sql;
using NetTopologySuite.IO;
using Npgsql;

namespace GeoRelief.Data.Imports.Internal;

/// <summary>
/// Zipped Shapefiles and GeoPackages: GDAL's ogr2ogr loads the file into a table of its own in schema
/// <c>georelief_import</c> (honouring the Shapefile's .cpg, or --encoding), which is then read back row by row like
/// any other input and dropped at the end. The password reaches ogr2ogr in its PGPASSWORD environment variable,
/// never on its command line. ogr2ogr writes only to its staging table, so a failure leaves the layers untouched.
/// </summary>
internal sealed class OgrImportReader(
    string path, ImportFormat format, string? encodingName, NpgsqlDataSource dataSource, string connectionString, ImportHeaderMap map) : IImportReader
{
    private readonly PropertyMapper _mapper = new(map);
    private readonly string _table = "ogr_" + Guid.NewGuid().ToString("N");
    private bool _created;

    public string? Encoding { get; private set; }

    public string? DeclaredCrs { get; private set; }

    public async Task OpenAsync(ICollection<ImportProblem> problems, CancellationToken cancellationToken)
    {
        var source = path;
        if (format == ImportFormat.Shapefile && !path.EndsWith(".shp", StringComparison.OrdinalIgnoreCase))
        {
            source = ZippedShapefile(out var prj, out var cpg);
            DeclaredCrs = prj;
            Encoding = encodingName is null ? cpg : ImportEncodings.Canonical(encodingName);
        }
        else if (format == ImportFormat.Shapefile)
        {
            var prjPath = Path.ChangeExtension(path, ".prj");
            DeclaredCrs = File.Exists(prjPath) ? await File.ReadAllTextAsync(prjPath, cancellationToken) : null;
            var cpgPath = Path.ChangeExtension(path, ".cpg");
            Encoding = encodingName is null ? (File.Exists(cpgPath) ? (await File.ReadAllTextAsync(cpgPath, cancellationToken)).Trim() : null) : ImportEncodings.Canonical(encodingName);
        }
        else
        {
            Encoding = "utf-8";
        }

        // Set first: ogr2ogr may create its table and then fail; disposal drops it either way.
        _created = true;
        await RunOgr2OgrAsync(source, cancellationToken);
        if (format == ImportFormat.GeoPackage)
        {
            DeclaredCrs = await GeoPackageCrsAsync(cancellationToken);
        }
    }

    public async IAsyncEnumerable<ImportRecord> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var wkb = new WKBReader();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(Render("read_ogr_staging.sql"), connection) { CommandTimeout = 0 };
        await using var reader = await command.ExecuteReaderAsync(System.Data.CommandBehavior.SequentialAccess, cancellationToken);
        var row = 0L;
        while (await reader.ReadAsync(cancellationToken))
        {
            row++;
            using var properties = JsonDocument.Parse(reader.GetString(0));
            var values = _mapper.Map(properties.RootElement, null);
            if (await reader.IsDBNullAsync(1, cancellationToken))
            {
                yield return new ImportRecord(row, values, null, null);
                continue;
            }

            var bytes = reader.GetFieldValue<byte[]>(1);
            NetTopologySuite.Geometries.Geometry? geometry = null;
            string? problem = null;
            try
            {
                geometry = wkb.Read(bytes);
                geometry.SRID = 0;
            }
            catch (ParseException e)
            {
                problem = "The geometry cannot be read: " + e.Message;
            }

            yield return new ImportRecord(row, values, geometry, problem);
        }
    }

    public void Finish(ICollection<ImportProblem> problems) => _mapper.Finish(problems);

    public async ValueTask DisposeAsync()
    {
        if (_created)
        {
            await using var command = dataSource.CreateCommand(Render("drop_ogr_staging.sql"));
            await command.ExecuteNonQueryAsync(CancellationToken.None);
        }
    }

    private string Render(string file) =>
        EmbeddedSql.Read("Imports/Sql/" + file).Replace("{staging}", SqlIdentifier.Quote(_table), StringComparison.Ordinal);

    private async Task<string?> GeoPackageCrsAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(Render("select_ogr_staging_srid.sql"));
        var srid = await command.ExecuteScalarAsync(cancellationToken);
        return srid is int code and > 0 ? "EPSG:" + code.ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    /// <summary>The GDAL path of the one Shapefile inside the zip, and the text of its .prj and .cpg.</summary>
    private string ZippedShapefile(out string? prj, out string? cpg)
    {
        using var zip = ZipFile.OpenRead(path);
        var shapefiles = zip.Entries.Where(e => e.FullName.EndsWith(".shp", StringComparison.OrdinalIgnoreCase) && !e.FullName.StartsWith("__MACOSX", StringComparison.Ordinal)).ToList();
        if (shapefiles.Count != 1)
        {
            throw new ImportFileProblemException(new ImportProblem(
                0, null, ImportProblemCodes.UnreadableFile,
                shapefiles.Count == 0 ? "The zip holds no .shp file." : $"The zip holds {shapefiles.Count} Shapefiles ({string.Join(", ", shapefiles.Select(s => s.FullName))}); GeoRelief imports one at a time.",
                null, "Zip one Shapefile (.shp, .shx, .dbf, .prj, .cpg) per import."));
        }

        var shp = shapefiles[0].FullName;
        prj = Sibling(zip, shp, ".prj");
        cpg = Sibling(zip, shp, ".cpg")?.Trim();
        return "/vsizip/" + path + "/" + shp;
    }

    private static string? Sibling(ZipArchive zip, string shp, string extension)
    {
        var name = shp[..^4] + extension;
        var entry = zip.Entries.FirstOrDefault(e => string.Equals(e.FullName, name, StringComparison.OrdinalIgnoreCase));
        if (entry is null)
        {
            return null;
        }

        using var reader = new StreamReader(entry.Open(), System.Text.Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private async Task RunOgr2OgrAsync(string source, CancellationToken cancellationToken)
    {
        var pg = new NpgsqlConnectionStringBuilder(connectionString);
        var conninfo = new StringBuilder("PG:");
        Append(conninfo, "host", pg.Host);
        Append(conninfo, "port", pg.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Append(conninfo, "dbname", pg.Database);
        Append(conninfo, "user", pg.Username);
        var start = new ProcessStartInfo("ogr2ogr") { WorkingDirectory = Path.GetTempPath() };
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("PG", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(name);
        }

        if (!string.IsNullOrEmpty(pg.Password))
        {
            start.Environment["PGPASSWORD"] = pg.Password;
        }

        string[] arguments =
        [
            "-f", "PostgreSQL", conninfo.ToString().TrimEnd(), source,
            "-nln", _table,
            "-lco", "SCHEMA=georelief_import", "-lco", "GEOMETRY_NAME=geom", "-lco", "FID=ogc_fid",
            "-lco", "SPATIAL_INDEX=NONE", "-lco", "LAUNDER=NO", "-lco", "PRECISION=NO",
            "-dim", "XY", "-gt", "65536",
        ];
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        if (format == ImportFormat.Shapefile && Encoding is { } encoding)
        {
            start.ArgumentList.Add("-oo");
            start.ArgumentList.Add("ENCODING=" + (ImportEncodings.Canonical(encoding) ?? encoding).ToUpperInvariant());
        }

        (int ExitCode, string Output, string Errors) run;
        try
        {
            run = await ExternalProgram.RunAsync(start, cancellationToken);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new ImportException("ogr2ogr (GDAL) is needed for Shapefiles and GeoPackages but cannot be run: " + e.Message + ". Install the Debian package gdal-bin.", e);
        }

        var message = run.Errors.Trim();
        if (run.ExitCode != 0)
        {
            throw new ImportFileProblemException(new ImportProblem(
                0, null, ImportProblemCodes.UnreadableFile, "GDAL could not read the file: " + message, null,
                format == ImportFormat.Shapefile ? "Zip the .shp with its .shx, .dbf and .prj (and .cpg for the encoding)." : "Check that the file is a GeoPackage with one vector layer."));
        }
    }

    private static void Append(StringBuilder conninfo, string key, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            conninfo.Append(key).Append("='").Append(value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal)).Append("' ");
        }
    }
}
