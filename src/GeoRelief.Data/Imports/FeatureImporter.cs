using System.Globalization;
using GeoRelief.Core.Coordinates;
using GeoRelief.Core.Imports;
using GeoRelief.Data.Imports.Internal;
using GeoRelief.Data.Layers;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NetTopologySuite.Geometries;
using Npgsql;
using NpgsqlTypes;

namespace GeoRelief.Data.Imports;

/// <summary>
/// Imports a GeoJSON, CSV, zipped Shapefile or GeoPackage into a layer. The rows stream (binary COPY into a
/// temporary staging table, one row in memory at a time); every rule is then checked set-based in SQL, features
/// are linked to their village and township, and the valid rows that differ from the database are upserted — all in
/// one transaction, so a failure at any point (bad row without --skip-invalid, cancellation, a killed connection)
/// leaves the layers exactly as they were. The batch and its report are kept in import_batch / import_problem.
/// </summary>
public sealed partial class FeatureImporter(NpgsqlDataSource dataSource, string connectionString, ILogger<FeatureImporter>? logger = null)
{
    /// <summary>At most this many report lines come back in <see cref="ImportReport.Problems"/>; the CSV report has them all.</summary>
    public const int ReportProblemLimit = 1000;

    /// <summary>At most this many rows outside a token's scope are named in an <see cref="ImportScopeException"/>.</summary>
    public const int ScopeViolationLimit = 20;

    /// <summary>Settings of an import's session, given when it starts (<see cref="ImportConnectionString"/>).</summary>
    private const string ImportSessionOptions = "-c temp_buffers=512MB";

    /// <summary>
    /// From this many new rows on (and at least as many as the table holds), the layer's primary key (with the foreign
    /// keys to it) and its secondary indexes that build by sorting are dropped and made again after the insert.
    /// </summary>
    public long BulkInsertRows { get; init; } = 100_000;

    /// <summary>
    /// The resolution of the point linkage's grid (one of <see cref="LinkageGrid"/>'s constants); null, the default,
    /// picks it from the villages' sizes. Tests set it to show that every resolution places the points alike.
    /// </summary>
    internal string? LinkageCellsPerDegree
    {
        get;
        init => field = value is null || LinkageGrid.IsResolution(value)
            ? value
            : throw new ArgumentOutOfRangeException(nameof(value), value, "Give one of LinkageGrid's resolutions.");
    }

    /// <summary>
    /// After this many rows of a point layer the reader starts building its map of the villages' inner cells
    /// (<see cref="VillageCellMap"/>) and places the later points it covers itself; 0 builds it before the first row,
    /// null never. Below it, reading every village boundary would cost a small file more than it saves.
    /// </summary>
    internal long? PreLocateAfterRows { get; init; } = 10_000;

    /// <summary>
    /// The most keys of the layer read before the file (<see cref="ExistingKeys"/>); from a larger layer none are, and
    /// select_overlap.sql looks for them in the stage. Tests set 0 to take that way.
    /// </summary>
    internal int LayerKeysLimit { get; init; } = ExistingKeys.DefaultMaximum;

    /// <summary>Reads the villages into the reader's map; null, the default, reads them through the data source.</summary>
    internal Func<CancellationToken, Task<VillageCellMap>>? VillageMapLoader { get; init; }

    private readonly ILogger _logger = logger ?? NullLogger<FeatureImporter>.Instance;

    /// <summary>Runs one import; the report says what happened. Throws <see cref="ImportException"/> for a request that cannot start.</summary>
    public async Task<ImportReport> ImportAsync(ImportRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var started = DateTimeOffset.UtcNow;
        var layer = ImportLayers.Find(request.Layer.Name) ?? throw new ImportException(
            $"The layer '{request.Layer.Name}' cannot be imported; importable layers: {ImportLayers.Names}.") { Parameter = "layer" };
        if (request.Encoding is not null && ImportEncodings.Canonical(request.Encoding) is null)
        {
            throw new ImportException($"The encoding '{request.Encoding}' is not supported; use {ImportEncodings.Supported}.") { Parameter = "encoding" };
        }

        if (!File.Exists(request.Path))
        {
            throw new ImportException($"The file '{request.FileName}' does not exist.") { Parameter = "file" };
        }

        if (ImportFormats.NotImported(request.FileName) is { } notImported)
        {
            throw new ImportException(notImported) { Parameter = "file" };
        }

        var format = ImportFormats.Detect(request.Path, request.FileName);
        if (request.Sheet is not null && format != ImportFormat.Excel)
        {
            throw new ImportException($"A worksheet ('{request.Sheet}') was named, but '{request.FileName}' is not an Excel workbook: leave the sheet out.") { Parameter = "sheet" };
        }

        var rules = ImportLayers.Rules(layer);
        var map = new ImportHeaderMap(rules, layer.GeometryType is not null);
        var run = new ImportRun(request, layer, format, started);
        await using IImportReader reader = format switch
        {
            ImportFormat.GeoJson => new GeoJsonImportReader(request.Path, map),
            ImportFormat.Csv => new CsvImportReader(request.Path, request.Encoding, map, layer.GeometryType is not null),
            ImportFormat.Excel => new ExcelImportReader(request.Path, request.Encoding, request.Sheet, map, layer.GeometryType is not null),
            _ => new OgrImportReader(request.Path, format, request.Encoding, dataSource, connectionString, map),
        };

        var fileProblems = new List<ImportProblem>();
        try
        {
            await reader.OpenAsync(fileProblems, cancellationToken);
        }
        catch (ImportFileProblemException e)
        {
            run.Encoding = reader.Encoding;
            run.Crs = request.Crs ?? "EPSG:4490";
            return await RecordRejectedAsync(run, [.. fileProblems, e.Problem], cancellationToken);
        }

        run.Encoding = reader.Encoding;
        var crs = await ResolveCrsAsync(request.Crs ?? reader.DeclaredCrs, request.Crs is not null, cancellationToken);
        run.Crs = crs.Identifier;
        if (layer.GeometryType is not null && request.Crs is null && reader.DeclaredCrs is null && format is ImportFormat.Shapefile)
        {
            fileProblems.Add(new ImportProblem(
                0, "geometry", ImportProblemCodes.AssumedCrs, "The Shapefile has no .prj: its coordinates were read as CGCS2000 longitude/latitude (EPSG:4490).", null,
                "Zip the .prj with the Shapefile, or give the coordinate system with --crs.", ImportSeverity.Warning));
        }

        if (fileProblems.Any(p => p.Severity == ImportSeverity.Error))
        {
            return await RecordRejectedAsync(run, fileProblems, cancellationToken);
        }

        var clock = new ImportStepClock(_logger);
        await using var connection = new NpgsqlConnection(ImportConnectionString(connectionString));
        await connection.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(connection, ImportSqlTemplates.Read("session_settings.sql"), cancellationToken);
        var target = await ReadTargetColumnsAsync(connection, layer, cancellationToken);
        var sql = new ImportSqlTemplates(layer, target);
        run.BatchId = await InsertBatchAsync(connection, run, cancellationToken);
        clock.BatchId = run.BatchId;
        await ExecuteAsync(connection, sql.CreateStage(), cancellationToken);
        await ExecuteAsync(connection, ImportSqlTemplates.Read("create_problems.sql"), cancellationToken);
        StageResult staged;
        try
        {
            var lookups = new StageLookups(
                layer.GeometryType is null ? [] : await ReadCountiesAsync(connection, cancellationToken),
                layer.GeometryType is not null && layer.Field("declared_village_code") is not null ? await KnownAdminCodes.LoadAsync(connection, cancellationToken) : null,
                await ExistingKeys.LoadAsync(connection, sql, layer, LayerKeysLimit, cancellationToken));
            await using var preLocation = layer.IsLinked && PreLocateAfterRows is { } after
                ? new VillagePreLocation(VillageMapLoader ?? (ct => VillageCellMap.LoadAsync(dataSource, ct)), after, _logger)
                : null;
            staged = await new StagePipeline(reader, layer, rules, crs, lookups, preLocation).RunAsync(connection, sql.CopyStage(), cancellationToken);
        }
        catch (ImportFileProblemException e)
        {
            await transaction.RollbackAsync(cancellationToken);
            fileProblems.Add(e.Problem);
            return await RecordRejectedAsync(run, fileProblems, cancellationToken);
        }

        clock.Lap(staged.PreLocated > 0 ? $"read, validate and COPY into the stage ({staged.PreLocated} points placed by the reader)" : "read, validate and COPY into the stage");
        var rowsRead = staged.Rows;
        reader.Finish(fileProblems);
        foreach (var problem in fileProblems)
        {
            await InsertProblemAsync(connection, problem, cancellationToken);
        }

        await ExecuteAsync(connection, sql.AnalyzeStage(), cancellationToken);
        if (staged.RowsWithProblems > 0)
        {
            await ExecuteAsync(connection, ImportSqlTemplates.Read("report_reader_problems.sql"), cancellationToken);
        }

        clock.Lap("analyze the stage, report the reader's problems");
        var allNew = staged.KeyPresent is { } present ? !present : !await ScalarAsync<bool>(connection, sql.SelectOverlap(), cancellationToken);
        clock.Lap("look for keys the layer holds");
        await CheckAsync(connection, sql, layer, crs, request.MakeValid, allNew, staged, LinkageCellsPerDegree, clock, cancellationToken);
        var counts = await CountAsync(connection, cancellationToken);
        if (layer.IsLinked && allNew && counts.Errors > 0)
        {
            await ExecuteAsync(connection, ImportSqlTemplates.Read("mark_located.sql"), cancellationToken);
        }

        clock.Lap("mark rejected rows and count");
        run.RowsRead = rowsRead;
        run.RowsRejected = counts.Rejected;
        run.Errors = counts.Errors;
        run.Warnings = counts.Warnings;
        var rejected = counts.Errors > 0 && !request.SkipInvalid;
        if (!rejected)
        {
            if (allNew)
            {
                await ExecuteAsync(connection, sql.SelectAllNew(), cancellationToken);
                (run.Inserted, run.Updated) = (rowsRead - counts.Rejected, 0);
            }
            else
            {
                (run.Inserted, run.Updated) = await ScalarPairAsync(connection, sql.SelectChanged(), cancellationToken);
            }

            run.Unchanged = rowsRead - counts.Rejected - run.Inserted - run.Updated;
            clock.Lap(allNew ? "select changed rows (no key present: all new)" : "select changed rows");
            if (request.Within is not null && run.Inserted + run.Updated > 0)
            {
                await CheckScopeAsync(connection, sql, request.Within, cancellationToken);
                clock.Lap("check the token's scope");
            }

            if (!request.DryRun)
            {
                await WriteAsync(connection, sql, layer, run, allNew, clock, BulkInsertRows, cancellationToken);
            }

            if (allNew)
            {
                await ExecuteAsync(connection, ImportSqlTemplates.Read("drop_all_new.sql"), cancellationToken);
            }
        }

        run.Status = rejected ? ImportStatus.Rejected : request.DryRun ? ImportStatus.DryRun : ImportStatus.Committed;
        if (rejected)
        {
            run.RowsRejected = counts.Rejected;
        }

        await SaveReportAsync(connection, run, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        clock.Lap("save the report and commit");
        LogFinished(_logger, run.BatchId, layer.Name, run.Status, rowsRead, run.Inserted, run.Updated, counts.Errors);
        return await new ImportBatchStore(dataSource).GetReportAsync(run.BatchId, ReportProblemLimit, cancellationToken)
            ?? throw new InvalidOperationException("The batch just written cannot be read back.");
    }

    /// <summary>
    /// The connection of an import's transaction: its own session, not pooled, whose temporary buffers can hold the stage
    /// (about 180 MB for a million villages) and the rows the linkage's join locates. With PostgreSQL's default of 8 MB,
    /// the linkage's lookups by grid cell read the stage back from the operating system page by page, in random order when
    /// the file's rows are not sorted by place: the linkage of a million such villages took 7.5–8.1 s against 4.5–5.0 s
    /// with this, the first import 16.6–17.8 s against 13.3–14.3 s (docs/benchmarks.md; no change for a sorted file). The
    /// buffers are taken as the tables grow and given back when the session ends with the import; their size can only be
    /// set before a session's first temporary table, hence a session of its own. Options given in the connection string
    /// come after, so they win.
    /// </summary>
    internal static string ImportConnectionString(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false };
        builder.Options = string.IsNullOrWhiteSpace(builder.Options) ? ImportSessionOptions : ImportSessionOptions + " " + builder.Options;
        return builder.ConnectionString;
    }

    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "Import batch {BatchId} into {Layer}: {Status}, {RowsRead} rows read, {Inserted} inserted, {Updated} updated, {Errors} errors")]
    private static partial void LogFinished(ILogger logger, long batchId, string layer, ImportStatus status, long rowsRead, long inserted, long updated, long errors);

    private async Task<ResolvedCrs> ResolveCrsAsync(string? text, bool given, CancellationToken ct)
    {
        if (text is null)
        {
            return new ResolvedCrs(CrsRegistry.Cgcs2000.Identifier, CrsRegistry.Cgcs2000, null);
        }

        try
        {
            var crs = CrsRegistry.Parse(text);
            return new ResolvedCrs(crs.Identifier, crs, null);
        }
        catch (ArgumentException e)
        {
            var digits = text.Trim().ToUpperInvariant().Replace("EPSG:", string.Empty, StringComparison.Ordinal);
            if (int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var srid))
            {
                await using var command = dataSource.CreateCommand(ImportSqlTemplates.Read("srid_exists.sql"));
                command.Parameters.AddWithValue("srid", NpgsqlDbType.Integer, srid);
                if (await command.ExecuteScalarAsync(ct) is true)
                {
                    return new ResolvedCrs("EPSG:" + digits, null, srid);
                }
            }

            throw new ImportException(
                (given ? "The coordinate system given with --crs" : "The coordinate system the file declares") + $" cannot be used: {e.Message}", e) { Parameter = "crs" };
        }
    }

    private static async Task<IReadOnlyDictionary<string, (string Type, string? Default)>> ReadTargetColumnsAsync(NpgsqlConnection connection, LayerDefinition layer, CancellationToken ct)
    {
        var columns = new Dictionary<string, (string, string?)>(StringComparer.Ordinal);
        await using var command = new NpgsqlCommand(ImportSqlTemplates.Read("select_target_columns.sql"), connection) { CommandTimeout = 0 };
        command.Parameters.AddWithValue("table", NpgsqlDbType.Text, layer.Table);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            columns[reader.GetString(0)] = (reader.GetString(1), await reader.IsDBNullAsync(2, ct) ? null : reader.GetString(2));
        }

        return columns;
    }

    private static async Task<List<CountyExtent>> ReadCountiesAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        var counties = new List<CountyExtent>();
        await using var command = new NpgsqlCommand(ImportSqlTemplates.Read("select_counties.sql"), connection) { CommandTimeout = 0 };
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            counties.Add(new CountyExtent(reader.GetString(0), reader.GetString(1), new Envelope(reader.GetDouble(2), reader.GetDouble(3), reader.GetDouble(4), reader.GetDouble(5))));
        }

        return counties;
    }

    /// <summary>
    /// Every set-based rule over the analysed stage: geometry (unless the reader staged only finite points in the
    /// layer's own coordinate system), location, declared codes, duplicates (unless the reader saw no key that may
    /// repeat), references. With <paramref name="allNew"/> the located rows carry the staged columns for the insert.
    /// </summary>
    private static async Task CheckAsync(
        NpgsqlConnection connection, ImportSqlTemplates sql, LayerDefinition layer, ResolvedCrs crs, bool makeValid, bool allNew, StageResult staged,
        string? cellsPerDegree, ImportStepClock clock, CancellationToken ct)
    {
        if (layer.GeometryType is { } geometryType)
        {
            if (crs.PostgisSrid is not null)
            {
                await ExecuteAsync(connection, ImportSqlTemplates.Read("transform_stage.sql"), ct);
            }

            // A PostGIS transform may turn a point into one outside the projection's range: the check looks then.
            if (staged.GeometriesToCheck > 0 || crs.PostgisSrid is not null)
            {
                await using var command = new NpgsqlCommand(ImportSqlTemplates.Read("check_geometry.sql"), connection) { CommandTimeout = 0 };
                command.Parameters.AddWithValue("expected", NpgsqlDbType.Text, geometryType.ToUpperInvariant());
                command.Parameters.AddWithValue("make_valid", NpgsqlDbType.Boolean, makeValid);
                command.Parameters.AddWithValue("layer", NpgsqlDbType.Text, layer.Name);
                await command.ExecuteNonQueryAsync(ct);
                clock.Lap("check geometries");
            }

            if (layer.IsLinked)
            {
                cellsPerDegree ??= LinkageGrid.CellsPerDegree(
                    await ScalarAsync<object>(connection, ImportSqlTemplates.Read("select_village_extent.sql"), ct) as double?);
                await using var locate = new NpgsqlCommand(sql.LocatePoints(allNew, cellsPerDegree), connection) { CommandTimeout = 0 };
                // No transform or repair in PostGIS: the stage's points are the reader's, and so is their count.
                var untouched = crs.PostgisSrid is null && staged.GeometriesToCheck == 0;
                locate.Parameters.Add(new NpgsqlParameter("points_to_locate", NpgsqlDbType.Bigint)
                {
                    Value = untouched ? staged.GeometriesStaged - staged.PreLocated : DBNull.Value,
                });
                await locate.ExecuteNonQueryAsync(ct);
            }
            else
            {
                await ExecuteAsync(connection, ImportSqlTemplates.Read("locate_shapes.sql"), ct);
            }

            clock.Lap("link to villages");
            if (layer.Field("declared_village_code") is not null)
            {
                await ExecuteAsync(connection, ImportSqlTemplates.Read("check_declared_codes.sql"), ct);
                clock.Lap("check declared codes");
            }
        }

        if (staged.MaybeRepeatedKeys > 0)
        {
            var candidates = staged.KeyCandidates;
            await using (var command = new NpgsqlCommand(candidates is null ? sql.CheckDuplicates() : sql.CheckDuplicatesOfKeys(), connection) { CommandTimeout = 0 })
            {
                command.Parameters.AddWithValue("key_label", NpgsqlDbType.Text, string.Join(",", layer.KeyColumns));
                if (candidates is not null)
                {
                    command.Parameters.AddWithValue("keys", NpgsqlDbType.Array | NpgsqlDbType.Text, candidates.ToArray());
                }

                await command.ExecuteNonQueryAsync(ct);
            }

            clock.Lap("check duplicate keys");
        }

        if (layer.GeometryType is null)
        {
            await ExecuteAsync(connection, ImportSqlTemplates.Read($"check_references_{layer.Table}.sql"), ct);
        }
    }

    /// <summary>Throws <see cref="ImportScopeException"/> when a row about to be written lies outside <paramref name="within"/>.</summary>
    private static async Task CheckScopeAsync(NpgsqlConnection connection, ImportSqlTemplates sql, string within, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql.CheckScope(), connection) { CommandTimeout = 0 };
        command.Parameters.AddWithValue("within", NpgsqlDbType.Text, within);
        command.Parameters.AddWithValue("limit", NpgsqlDbType.Integer, ScopeViolationLimit);
        var violations = new List<ImportScopeViolation>();
        var total = 0L;
        double[]? extent = null;
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                violations.Add(new ImportScopeViolation(reader.GetInt64(0), reader.GetString(1), reader.GetFieldValue<string[]>(2)));
                total = reader.GetInt64(3);
                extent = await reader.IsDBNullAsync(4, ct) ? null : [reader.GetDouble(4), reader.GetDouble(5), reader.GetDouble(6), reader.GetDouble(7)];
            }
        }

        if (violations.Count > 0)
        {
            throw new ImportScopeException(string.Create(
                CultureInfo.InvariantCulture,
                $"{total} rows lie outside {within}, the unit the token may write within; the first is row {violations[0].Row} ({violations[0].Feature})."))
            {
                Within = within,
                OutsideRows = total,
                Violations = violations,
                Extent = extent,
            };
        }
    }

    /// <summary>
    /// The report's counts; with an error, the rows that have one are marked rejected first (mark_rejected.sql). Without
    /// one, no row is rejected, and the stage is not read.
    /// </summary>
    private static async Task<(long Rejected, long Errors, long Warnings)> CountAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        var (errors, warnings) = await ScalarPairAsync(connection, ImportSqlTemplates.Read("count_problems.sql"), ct);
        var rejected = errors == 0 ? 0 : await ScalarAsync<long>(connection, ImportSqlTemplates.Read("mark_rejected.sql"), ct);
        return (rejected, errors, warnings);
    }

    /// <summary>
    /// Writes the changed rows: new keys inserted, present keys updated (each only when there are any: a statement would
    /// move data_version even when it changes nothing).
    /// </summary>
    private static async Task WriteAsync(
        NpgsqlConnection connection, ImportSqlTemplates sql, LayerDefinition layer, ImportRun run, bool allNew, ImportStepClock clock, long bulkInsertRows, CancellationToken ct)
    {
        if (run.Inserted > 0)
        {
            var bulk = run.Inserted >= bulkInsertRows ? await PrepareBulkInsertAsync(connection, sql, layer, run.Inserted, ct) : null;
            await using (var insert = new NpgsqlCommand(sql.InsertNew(), connection) { CommandTimeout = 0 })
            {
                var written = await insert.ExecuteNonQueryAsync(ct);
                if (written != run.Inserted)
                {
                    throw new InvalidOperationException(string.Create(
                        CultureInfo.InvariantCulture, $"The import counted {run.Inserted} new rows but inserted {written}; nothing was written."));
                }
            }

            clock.Lap("insert new rows");
            if (bulk is not null)
            {
                await RecordResetAfterBulkInsertAsync(connection, layer, bulk, ct);
                clock.Lap("turn change capture on again, record the reset of the layer's tiles");
                foreach (var statement in bulk.KeyAndIndexesAgain)
                {
                    await ExecuteAsync(connection, statement, ct);
                }

                clock.Lap("build the layer's key and indexes again");
                if (bulk.ForeignKeysAgain.Count > 0)
                {
                    await ExecuteAsync(connection, ImportSqlTemplates.Read("foreign_key_check_settings.sql"), ct);
                    foreach (var statement in bulk.ForeignKeysAgain)
                    {
                        await ExecuteAsync(connection, statement, ct);
                    }

                    await ExecuteAsync(connection, ImportSqlTemplates.Read("foreign_key_check_settings_reset.sql"), ct);
                    clock.Lap("add the foreign keys that reference the layer again");
                }
            }
        }

        if (run.Updated > 0)
        {
            await ExecuteAsync(connection, sql.UpdateChanged(), ct);
            clock.Lap("update changed rows");
        }

        if (run.Inserted + run.Updated > 0)
        {
            if (layer == LayerCatalog.Roads)
            {
                await ExecuteAsync(connection, ImportSqlTemplates.Read("cut_changed_roads.sql"), ct);
            }

            if (layer.GeometryType == "Point")
            {
                await using var command = new NpgsqlCommand(ImportSqlTemplates.RecordRawPositions(allNew), connection) { CommandTimeout = 0 };
                command.Parameters.AddWithValue("table", NpgsqlDbType.Text, layer.Table);
                command.Parameters.AddWithValue("crs", NpgsqlDbType.Text, run.Crs);
                command.Parameters.AddWithValue("batch", NpgsqlDbType.Bigint, run.BatchId);
                await command.ExecuteNonQueryAsync(ct);
                clock.Lap("record raw positions");
            }
        }

        if (run.RowsRejected > 0)
        {
            await using var command = new NpgsqlCommand(sql.Quarantine(), connection) { CommandTimeout = 0 };
            command.Parameters.AddWithValue("batch", NpgsqlDbType.Bigint, run.BatchId);
            await command.ExecuteNonQueryAsync(ct);
        }
    }

    /// <summary>
    /// A bulk insert (at least <see cref="BulkInsertRows"/> new rows, and at least as many as the table holds) drops the
    /// table's primary key with the foreign keys that reference it, and its secondary indexes that build by sorting, and
    /// disables its change-capture triggers for INSERT (select_insert_captures.sql); it returns what makes them again,
    /// to run after the insert: one sorted build is cheaper than a million single-row updates, and one reset of the
    /// layer's tiles than a million rows grouped into boxes. Inside the import's transaction, so a failure restores
    /// them; the drops lock the table against readers until commit. Rows are unique all the same: the batch's duplicates
    /// were rejected, and adding the key back fails the import if a key repeats. Null when the table holds more rows.
    /// </summary>
    private static async Task<BulkInsertRestore?> PrepareBulkInsertAsync(
        NpgsqlConnection connection, ImportSqlTemplates sql, LayerDefinition layer, long inserted, CancellationToken ct)
    {
        await using (var count = new NpgsqlCommand(sql.CountTargetRows(), connection) { CommandTimeout = 0 })
        {
            if ((long)(await count.ExecuteScalarAsync(ct))! > inserted)
            {
                return null;
            }
        }

        var keys = await ReadDropAndMakeAsync(connection, "select_key_constraints.sql", layer, ct);
        var indexes = await ReadDropAndMakeAsync(connection, "select_secondary_indexes.sql", layer, ct);
        var captures = await ReadDropAndMakeAsync(connection, "select_insert_captures.sql", layer, ct);
        foreach (var (drop, _) in keys.Concat(indexes).Concat(captures))
        {
            await ExecuteAsync(connection, drop, ct);
        }

        // select_key_constraints.sql lists the foreign keys first and the primary key last.
        var keysAgain = keys.Select(k => k.Make).Reverse().ToList();
        return new BulkInsertRestore([.. keysAgain.Take(1), .. indexes.Select(i => i.Make)], [.. keysAgain.Skip(1)], [.. captures.Select(c => c.Make)]);
    }

    /// <summary>Turns the change capture a bulk insert turned off on again, and records the layer's reset in its place.</summary>
    private static async Task RecordResetAfterBulkInsertAsync(NpgsqlConnection connection, LayerDefinition layer, BulkInsertRestore bulk, CancellationToken ct)
    {
        foreach (var statement in bulk.CapturesAgain)
        {
            await ExecuteAsync(connection, statement, ct);
        }

        if (bulk.CapturesAgain.Count > 0)
        {
            await using var reset = new NpgsqlCommand(ImportSqlTemplates.Read("record_layer_reset.sql"), connection);
            reset.Parameters.AddWithValue("table", NpgsqlDbType.Text, layer.Table);
            await reset.ExecuteNonQueryAsync(ct);
        }
    }

    /// <summary>
    /// What a bulk insert undoes before it and makes again after it: the key and the indexes, then the foreign keys that
    /// reference the key (added under foreign_key_check_settings.sql); change capture.
    /// </summary>
    private sealed record BulkInsertRestore(IReadOnlyList<string> KeyAndIndexesAgain, IReadOnlyList<string> ForeignKeysAgain, IReadOnlyList<string> CapturesAgain);

    /// <summary>The statements a catalogue query gives to drop something of the layer's table (<c>@table</c>) and make it again.</summary>
    private static async Task<List<(string Drop, string Make)>> ReadDropAndMakeAsync(NpgsqlConnection connection, string file, LayerDefinition layer, CancellationToken ct)
    {
        var rows = new List<(string Drop, string Make)>();
        await using var command = new NpgsqlCommand(ImportSqlTemplates.Read(file), connection) { CommandTimeout = 0 };
        command.Parameters.AddWithValue("table", NpgsqlDbType.Text, layer.Table);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            rows.Add((reader.GetString(0), reader.GetString(1)));
        }

        return rows;
    }

    private static async Task SaveReportAsync(NpgsqlConnection connection, ImportRun run, CancellationToken ct)
    {
        await using (var command = new NpgsqlCommand(ImportSqlTemplates.Read("save_problems.sql"), connection) { CommandTimeout = 0 })
        {
            command.Parameters.AddWithValue("batch", NpgsqlDbType.Bigint, run.BatchId);
            await command.ExecuteNonQueryAsync(ct);
        }

        await using var finish = new NpgsqlCommand(ImportSqlTemplates.Read("finish_batch.sql"), connection) { CommandTimeout = 0 };
        AddCounts(finish.Parameters, run);
        finish.Parameters.AddWithValue("batch", NpgsqlDbType.Bigint, run.BatchId);
        await finish.ExecuteNonQueryAsync(ct);
    }

    /// <summary>A batch rejected before any row was staged (unreadable file, missing columns): recorded with its report, nothing else.</summary>
    private async Task<ImportReport> RecordRejectedAsync(ImportRun run, List<ImportProblem> problems, CancellationToken ct)
    {
        run.Status = ImportStatus.Rejected;
        run.RowsRead = 0;
        run.Errors = problems.Count(p => p.Severity == ImportSeverity.Error);
        run.Warnings = problems.Count - run.Errors;
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await ExecuteAsync(connection, ImportSqlTemplates.Read("create_problems.sql"), ct);
        run.BatchId = await InsertBatchAsync(connection, run, ct);
        foreach (var problem in problems)
        {
            await InsertProblemAsync(connection, problem, ct);
        }

        await SaveReportAsync(connection, run, ct);
        await transaction.CommitAsync(ct);
        LogFinished(_logger, run.BatchId, run.Layer.Name, run.Status, 0, 0, 0, run.Errors);
        return await new ImportBatchStore(dataSource).GetReportAsync(run.BatchId, ReportProblemLimit, ct)
            ?? throw new InvalidOperationException("The batch just written cannot be read back.");
    }

    private static async Task<long> InsertBatchAsync(NpgsqlConnection connection, ImportRun run, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(ImportSqlTemplates.Read("insert_batch.sql"), connection) { CommandTimeout = 0 };
        var p = command.Parameters;
        p.AddWithValue("layer", NpgsqlDbType.Text, run.Layer.Name);
        p.AddWithValue("file_name", NpgsqlDbType.Text, run.Request.FileName);
        p.AddWithValue("format", NpgsqlDbType.Text, ImportFormats.Name(run.Format));
        p.AddWithValue("crs", NpgsqlDbType.Text, run.Crs);
        p.AddWithValue("encoding", NpgsqlDbType.Text, (object?)run.Encoding ?? DBNull.Value);
        p.AddWithValue("dry_run", NpgsqlDbType.Boolean, run.Request.DryRun);
        p.AddWithValue("skip_invalid", NpgsqlDbType.Boolean, run.Request.SkipInvalid);
        p.AddWithValue("make_valid", NpgsqlDbType.Boolean, run.Request.MakeValid);
        p.AddWithValue("started_at", NpgsqlDbType.TimestampTz, run.Started);
        AddCounts(p, run);
        return (long)(await command.ExecuteScalarAsync(ct))!;
    }

    private static void AddCounts(NpgsqlParameterCollection p, ImportRun run)
    {
        p.AddWithValue("status", NpgsqlDbType.Text, ImportBatchStore.StatusName(run.Status));
        p.AddWithValue("rows_read", NpgsqlDbType.Bigint, run.RowsRead);
        p.AddWithValue("rows_rejected", NpgsqlDbType.Bigint, run.RowsRejected);
        p.AddWithValue("inserted", NpgsqlDbType.Bigint, run.Inserted);
        p.AddWithValue("updated", NpgsqlDbType.Bigint, run.Updated);
        p.AddWithValue("unchanged", NpgsqlDbType.Bigint, run.Unchanged);
        p.AddWithValue("errors", NpgsqlDbType.Bigint, run.Errors);
        p.AddWithValue("warnings", NpgsqlDbType.Bigint, run.Warnings);
        p.AddWithValue("finished_at", NpgsqlDbType.TimestampTz, DateTimeOffset.UtcNow);
    }

    private static async Task InsertProblemAsync(NpgsqlConnection connection, ImportProblem problem, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(ImportSqlTemplates.Read("insert_problem.sql"), connection) { CommandTimeout = 0 };
        var p = command.Parameters;
        p.AddWithValue("row_no", NpgsqlDbType.Bigint, problem.Row);
        p.AddWithValue("field", NpgsqlDbType.Text, (object?)problem.Field ?? DBNull.Value);
        p.AddWithValue("problem", NpgsqlDbType.Text, problem.Problem);
        // A message or value may quote the file's own bytes (a header, a total row), and text refuses U+0000.
        p.AddWithValue("message", NpgsqlDbType.Text, ControlCharacters.Storable(problem.Message)!);
        p.AddWithValue("value", NpgsqlDbType.Text, (object?)ControlCharacters.Storable(problem.Value) ?? DBNull.Value);
        p.AddWithValue("hint", NpgsqlDbType.Text, (object?)problem.Hint ?? DBNull.Value);
        p.AddWithValue("severity", NpgsqlDbType.Text, ImportBatchStore.SeverityName(problem.Severity));
        await command.ExecuteNonQueryAsync(ct);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync(ct);
    }

    private static async Task<T> ScalarAsync<T>(NpgsqlConnection connection, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        return (T)(await command.ExecuteScalarAsync(ct))!;
    }

    private static async Task<(long, long)> ScalarPairAsync(NpgsqlConnection connection, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        return (reader.GetInt64(0), reader.GetInt64(1));
    }
}
