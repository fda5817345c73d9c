using System.Text.Json;
using System.Threading.Channels;
using GeoRelief.Core.Coordinates;
using GeoRelief.Core.Imports;
using GeoRelief.Data.Layers;
using NetTopologySuite.Geometries;
using Npgsql;

namespace GeoRelief.Data.Imports.Internal;

/// <summary>
/// Reads, checks and converts the input rows on one thread while the caller's thread binary-COPYs the rows already
/// prepared into the staging table: the two halves of the work overlap on two cores. The queue between them holds a
/// few chunks of rows, so memory stays flat whatever the size of the file. A failure on either side stops the other;
/// the reader's <see cref="ImportFileProblemException"/> reaches the caller as it was thrown.
/// </summary>
internal sealed class StagePipeline(
    IImportReader reader, LayerDefinition layer, IReadOnlyList<ImportFieldRule> rules, ResolvedCrs crs, StageLookups lookups, VillagePreLocation? preLocation)
{
    private const int Srid = 4490;
    // Rows handed over at a time, and chunks the queue holds. The rows in flight are the ones the garbage collector finds
    // alive and copies at each collection during the read: chunks of 512 rows instead of 2,048 took the collector's pauses
    // during a million-row import from 238–326 ms to 111–215 ms (docs/benchmarks.md, 23 Nov 2026).
    private const int ChunkRows = 512;
    private const int ChunksQueued = 8;

    // The stage's columns other than the layer's input fields: row_no, geom, raw_x, raw_y, problems, ok, maybe_repeated,
    // located_village, located_township.
    private const int StageColumnsBesideFields = 9;

    // Staged geometries that PostGIS must look at (check_geometry.sql): all but finite, non-empty points in a point
    // layer. Counted by the producer alone, read once it has finished.
    private long _geometriesToCheck;

    // Rows staged with a geometry; counted by the producer alone.
    private long _geometriesStaged;

    // Rows the reader placed in their village itself (VillageCellMap); counted by the producer alone.
    private long _preLocated;

    // The input field of a declared village code, when the layer has one: a point whose declared code disagrees with
    // the village it lies in is left to PostGIS, which reports the disagreement (locate_points.sql).
    private readonly int _declaredCode = IndexOf(rules, "declared_village_code");

    /// <summary>
    /// Stages every row with <paramref name="copySql"/> on <paramref name="connection"/>; returns the counts of
    /// <see cref="StageResult"/>.
    /// </summary>
    public async Task<StageResult> RunAsync(NpgsqlConnection connection, string copySql, CancellationToken cancellationToken)
    {
        var queue = Channel.CreateBounded<StagedRow[]>(new BoundedChannelOptions(ChunksQueued) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var producer = Task.Run(() => ProduceAsync(queue.Writer, stop.Token), CancellationToken.None);
        var rows = 0L;
        var maybeRepeated = 0L;
        var withProblems = 0L;
        var keys = layer.KeyFields is [{ Type: FieldType.Text } key] ? new StagedKeys(KeyIndex(key.Column), lookups.LayerKeys) : null;
        try
        {
            await using var writer = await BinaryCopyWriter.BeginAsync(connection, copySql, cancellationToken);
            await foreach (var chunk in queue.Reader.ReadAllAsync(cancellationToken))
            {
                foreach (var row in chunk)
                {
                    keys?.Add(row);
                    maybeRepeated += row.MaybeRepeated ? 1 : 0;
                    withProblems += row.ProblemsJson is null ? 0 : 1;
                    Write(writer, row);
                    if (writer.ShouldFlush)
                    {
                        await writer.FlushAsync(cancellationToken);
                    }
                }

                rows += chunk.Length;
            }

            await producer;
            await writer.CompleteAsync(cancellationToken);
        }
        catch
        {
            await stop.CancelAsync();
            try
            {
                // The reader's own failure (a file problem, a wrong encoding) is the one to report.
                await producer;
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // Stopped because the COPY failed: that failure is rethrown below.
            }

            throw;
        }

        return new StageResult(rows, keys?.KeyPresent, maybeRepeated, keys?.Candidates, _geometriesToCheck, _geometriesStaged, withProblems, _preLocated);
    }

    private async Task ProduceAsync(ChannelWriter<StagedRow[]> queue, CancellationToken ct)
    {
        try
        {
            var validator = new ImportRowValidator(rules);
            // CGCS2000 and WGS84 input is stored as given: no conversion, no copy of the geometry.
            var transform = crs.Registered is { Kind: not (CrsKind.Cgcs2000 or CrsKind.Wgs84) } source
                ? new CrsTransformOp(new CrsTransformParameters(source, CrsRegistry.Cgcs2000))
                : null;
            var positions = crs.Registered is { } registered ? new PositionCheckOp(new PositionCheckParameters(registered, lookups.Counties)) : null;
            var ewkb = new Ewkb();
            var keys = new RepeatedKeyFilter([.. layer.KeyColumns.Select(KeyIndex)]);
            var problems = new List<ImportProblem>();
            var chunk = new StagedRow[ChunkRows];
            var count = 0;
            var read = 0L;
            // Points are final here only when no PostGIS transform follows (transform_stage.sql).
            var locator = layer.GeometryType == "Point" && crs.PostgisSrid is null ? preLocation : null;
            VillageCellMap? map = null;
            if (locator is not null)
            {
                await locator.StartIfDueAsync(0, ct);
                map = locator.ReadyMap;
            }

            await foreach (var record in reader.ReadAsync(ct))
            {
                chunk[count++] = Prepare(record, validator, transform, positions, ewkb, problems, keys, map);
                if (count == ChunkRows)
                {
                    await queue.WriteAsync(chunk, ct);
                    chunk = new StagedRow[ChunkRows];
                    count = 0;
                    read += ChunkRows;
                    if (locator is not null && map is null)
                    {
                        await locator.StartIfDueAsync(read, ct);
                        map = locator.ReadyMap;
                    }
                }
            }

            if (count > 0)
            {
                await queue.WriteAsync(chunk[..count], ct);
            }

            if (locator is not null)
            {
                await locator.FinishAsync();
            }

            queue.Complete();
        }
        catch (Exception e)
        {
            queue.Complete(e);
            throw;
        }
    }

    private StagedRow Prepare(
        ImportRecord record, ImportRowValidator validator, CrsTransformOp? transform, PositionCheckOp? positions, Ewkb ewkb, List<ImportProblem> problems,
        RepeatedKeyFilter keys, VillageCellMap? map)
    {
        problems.Clear();
        var typed = new object?[rules.Count];
        validator.Validate(record.Row, record.Values, typed, problems);
        if (lookups.AdminCodes is { } adminCodes && _declaredCode >= 0 && typed[_declaredCode] is string declared && adminCodes.Check(record.Row, declared) is { } unknown)
        {
            problems.Add(unknown);
        }

        byte[]? geometry = null;
        CrsPoint? raw = null;
        (string Village, string Township)? located = null;
        if (layer.GeometryType is not null)
        {
            if (record.GeometryProblem is not null)
            {
                problems.Add(new ImportProblem(record.Row, "geometry", ImportProblemCodes.UnparseableGeometry, record.GeometryProblem, null, "Give a valid position or geometry."));
            }
            else if (record.Geometry is null)
            {
                problems.Add(new ImportProblem(record.Row, "geometry", ImportProblemCodes.MissingGeometry, "The row has no position.", null, "Fill in the coordinates (or the WKT geometry)."));
            }
            else
            {
                var first = record.Geometry.Coordinate;
                raw = first is null ? null : new CrsPoint(first.X, first.Y);
                var converted = transform?.Transform(record.Geometry) ?? record.Geometry;
                var outside = raw is { } r && positions is not null ? positions.Check(record.Row, converted, r) : null;
                if (outside is not null)
                {
                    problems.Add(outside);
                }
                else
                {
                    geometry = ewkb.Write(converted, crs.PostgisSrid ?? Srid);
                    _geometriesStaged++;
                    var plainPoint = IsPlainPoint(converted);
                    _geometriesToCheck += plainPoint ? 0 : 1;
                    if (map is not null && plainPoint)
                    {
                        var point = (Point)converted;
                        located = Agreeing(map.Locate(point.X, point.Y), typed);
                        _preLocated += located is null ? 0 : 1;
                    }
                }
            }
        }

        var isPoint = layer.GeometryType == "Point";
        var ok = true;
        foreach (var problem in problems)
        {
            ok &= problem.Severity != ImportSeverity.Error;
        }

        return new StagedRow(
            record.Row, typed, geometry, isPoint ? raw?.X : null, isPoint ? raw?.Y : null, problems.Count == 0 ? null : ProblemsJson(problems), ok,
            keys.AddAndCheck(typed), located?.Village, located?.Township);
    }

    // A layer's key columns are input fields (LayerCatalog): the key of every staged row is known to the reader.
    private int KeyIndex(string column) => IndexOf(rules, column) is var index and >= 0
        ? index
        : throw new InvalidOperationException($"The key column {layer.Table}.{column} is not an input field of the layer.");

    private static int IndexOf(IReadOnlyList<ImportFieldRule> rules, string column)
    {
        for (var i = 0; i < rules.Count; i++)
        {
            if (rules[i].Column == column)
            {
                return i;
            }
        }

        return -1;
    }

    // The village the reader placed the point in, unless the row declares a code that village does not start with
    // (the rule of locate_points.sql's declared_differs).
    private (string Village, string Township)? Agreeing((string Village, string Township)? located, object?[] typed) =>
        located is { } place && _declaredCode >= 0 && typed[_declaredCode] is string declared && !place.Village.StartsWith(declared, StringComparison.Ordinal)
            ? null
            : located;

    private bool IsPlainPoint(Geometry geometry) =>
        layer.GeometryType == "Point" && geometry is Point { IsEmpty: false } point && double.IsFinite(point.X) && double.IsFinite(point.Y);

    // The stage's columns in copy_stage.sql's order: row number, the layer's input fields, geometry, input position,
    // the reader's problems, ok, maybe_repeated, the village and township the reader placed the point in.
    private void Write(BinaryCopyWriter writer, StagedRow row)
    {
        writer.StartRow((short)(rules.Count + StageColumnsBesideFields));
        writer.WriteInt64(row.Row);
        for (var i = 0; i < rules.Count; i++)
        {
            WriteValue(writer, rules[i].Kind, row.Values[i]);
        }

        if (row.Geometry is null)
        {
            writer.WriteNull();
        }
        else
        {
            writer.WriteBytes(row.Geometry);
        }

        WriteNullable(writer, row.RawX);
        WriteNullable(writer, row.RawY);
        if (row.ProblemsJson is null)
        {
            writer.WriteNull();
        }
        else
        {
            writer.WriteJsonb(row.ProblemsJson);
        }

        writer.WriteBoolean(row.Ok);
        writer.WriteBoolean(row.MaybeRepeated);
        WriteNullable(writer, row.LocatedVillage);
        WriteNullable(writer, row.LocatedTownship);
    }

    // Each kind as the stage's column type for it (ImportLayers.SqlType).
    private static void WriteValue(BinaryCopyWriter writer, ImportValueKind kind, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNull();
                break;
            case int whole when kind == ImportValueKind.WholeNumber:
                writer.WriteInt32(whole);
                break;
            case decimal number:
                writer.WriteNumeric(number);
                break;
            case DateOnly date:
                writer.WriteDate(date);
                break;
            case string[] list:
                writer.WriteTextArray(list);
                break;
            default:
                writer.WriteText((string)value);
                break;
        }
    }

    private static void WriteNullable(BinaryCopyWriter writer, string? value)
    {
        if (value is null)
        {
            writer.WriteNull();
        }
        else
        {
            writer.WriteText(value);
        }
    }

    private static void WriteNullable(BinaryCopyWriter writer, double? value)
    {
        if (value is { } number)
        {
            writer.WriteDouble(number);
        }
        else
        {
            writer.WriteNull();
        }
    }

    private static string ProblemsJson(List<ImportProblem> problems)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            foreach (var p in problems)
            {
                json.WriteStartObject();
                json.WriteString("field", p.Field);
                json.WriteString("problem", p.Problem);
                // A value may quote the file's own bytes, and jsonb refuses U+0000.
                json.WriteString("message", ControlCharacters.Storable(p.Message));
                json.WriteString("value", ControlCharacters.Storable(p.Value));
                json.WriteString("hint", p.Hint);
                json.WriteString("severity", ImportBatchStore.SeverityName(p.Severity));
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
