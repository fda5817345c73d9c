using GeoRelief.Core.Imports;
using GeoRelief.Data.Imports;
using GeoRelief.Data.Layers;
using GeoRelief.Data.Sample;
using Npgsql;

namespace GeoRelief.Data.Tests.Imports;

/// <summary>
/// A migrated test database holding the sample (锦屏县 and 扎赉特旗 with their villages), shared by the tests of one
/// class (xunit runs them one after another), with an importer on it and a folder for the files tests write.
/// </summary>
public sealed class ImportDatabase : IAsyncLifetime
{
    private TestDatabase? _database;

    public NpgsqlDataSource DataSource => Database.DataSource;

    public TestDatabase Database => _database ?? throw new InvalidOperationException("The fixture has not been initialised.");

    /// <summary>
    /// An importer whose reader places every point it can before the first row (a server does so only after 10,000
    /// rows), so that every import test also runs through that path; tests that make their own importer keep the
    /// default, and with it PostGIS alone for small files.
    /// </summary>
    public FeatureImporter Importer => new(DataSource, Database.ConnectionString) { PreLocateAfterRows = 0 };

    public string Folder { get; } = Directory.CreateTempSubdirectory("georelief-import-tests-").FullName;

    public async Task InitializeAsync()
    {
        if (TestPostgres.IsContinuousIntegration || TestPostgres.UnavailableReason is null)
        {
            _database = await TestDatabase.CreateAsync(migrate: true);
            await SampleLoader.LoadAsync(_database.DataSource, SampleTestData.Dataset);
        }
    }

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

        Directory.Delete(Folder, recursive: true);
    }

    /// <summary>Writes <paramref name="bytes"/> to a file of the test folder and returns its path.</summary>
    public string WriteFile(string name, byte[] bytes)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>Imports a file of the test folder.</summary>
    public Task<ImportReport> ImportAsync(string path, LayerDefinition layer, string? crs = null, bool dryRun = false, bool skipInvalid = false, bool makeValid = false, string? encoding = null, CancellationToken cancellationToken = default) =>
        Importer.ImportAsync(new ImportRequest(path, Path.GetFileName(path), layer, crs, dryRun, skipInvalid, makeValid, encoding), cancellationToken);

    public async Task<T> ScalarAsync<T>(string sql, params object[] parameters)
    {
        await using var command = DataSource.CreateCommand(sql);
        foreach (var p in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = p });
        }

        return (T)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>The state of the planning data: data_version and an md5 over every row of the layers imports touch.</summary>
    public Task<string> FingerprintAsync() => ScalarAsync<string>("""
        SELECT (SELECT version FROM georelief.data_version)::text || ':' || md5(
                 (SELECT coalesce(string_agg(t::text, '|' ORDER BY id), '') FROM georelief.natural_village t)
              || (SELECT coalesce(string_agg(t::text, '|' ORDER BY id), '') FROM georelief.relocation_site t)
              || (SELECT coalesce(string_agg(t::text, '|' ORDER BY id), '') FROM georelief.road t)
              || (SELECT coalesce(string_agg(t::text, '|' ORDER BY road_id, township_code), '') FROM georelief.road_piece t)
              || (SELECT coalesce(string_agg(t::text, '|' ORDER BY natural_village_id, year), '') FROM georelief.village_year t)
              || (SELECT count(*)::text FROM georelief.import_raw_position))
        """);

    /// <summary>Points well inside sample villages of a county: (village code, township code, lon, lat), from the linked sample.</summary>
    public async Task<IReadOnlyList<(string Village, string Township, double Lon, double Lat)>> VillagePointsAsync(string county, int count)
    {
        var points = new List<(string, string, double, double)>();
        await using var command = DataSource.CreateCommand("""
            SELECT a.code, a.parent_code, ST_X(p), ST_Y(p)
              FROM georelief.admin_unit AS a
             CROSS JOIN LATERAL (SELECT ST_PointOnSurface(ST_Buffer(a.geom, -0.003)) AS p) AS inner_point
             WHERE a.level = 5 AND a.code LIKE $1 || '%' AND NOT ST_IsEmpty(ST_Buffer(a.geom, -0.003))
             ORDER BY a.code
             LIMIT $2
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = county });
        command.Parameters.Add(new NpgsqlParameter { Value = count });
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            points.Add((reader.GetString(0), reader.GetString(1), reader.GetDouble(2), reader.GetDouble(3)));
        }

        return points;
    }
}
