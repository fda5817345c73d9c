using System.Text.Json;
using System.Threading.Channels;
using GeoRelief.Core.Coordinates;
using GeoRelief.Core.Imports;
using GeoRelief.Data.Layers;
using Npgsql;
using NpgsqlTypes;

namespace GeoRelief.Data.Imports.Internal;

/// <summary>
/// Reads, checks and converts the input rows on one thread while the caller's thread binary-COPYs the rows already
/// prepared into the staging table: the two halves of the work overlap on two cores. The queue between them holds a
/// few chunks of rows, so memory stays flat whatever the size of the file. A failure on either side stops the other;
/// the reader's <see cref="ImportFileProblemException"/> reaches the caller as it was thrown.
/// </summary>
internal sealed class StagePipeline(IImportReader reader, LayerDefinition layer, IReadOnlyList<ImportFieldRule> rules, ResolvedCrs crs, IReadOnlyList<CountyExtent> counties)
{
    private const int Srid = 4490;
    private const int ChunkRows = 2048;
    private const int ChunksQueued = 8;

    /// <summary>Stages every row with <paramref name="copySql"/> on <paramref name="connection"/>; returns the number of rows.</summary>
    public async Task<long> RunAsync(NpgsqlConnection connection, string copySql, CancellationToken cancellationToken)
    {
        var queue = Channel.CreateBounded<StagedRow[]>(new BoundedChannelOptions(ChunksQueued) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var producer = Task.Run(() => ProduceAsync(queue.Writer, stop.Token), CancellationToken.None);
        var rows = 0L;
        try
        {
            await using var importer = await connection.BeginBinaryImportAsync(copySql, cancellationToken);
            await foreach (var chunk in queue.Reader.ReadAllAsync(cancellationToken))
            {
                foreach (var row in chunk)
                {
                    Write(importer, row);
                }

                rows += chunk.Length;
            }

            await producer;
            await importer.CompleteAsync(cancellationToken);
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

        return rows;
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
            var positions = crs.Registered is { } registered ? new PositionCheckOp(new PositionCheckParameters(registered, counties)) : null;
            var ewkb = new Ewkb();
            var problems = new List<ImportProblem>();
            var chunk = new StagedRow[ChunkRows];
            var count = 0;
            await foreach (var record in reader.ReadAsync(ct))
            {
                chunk[count++] = Prepare(record, validator, transform, positions, ewkb, problems);
                if (count == ChunkRows)
                {
                    await queue.WriteAsync(chunk, ct);
                    chunk = new StagedRow[ChunkRows];
                    count = 0;
                }
            }

            if (count > 0)
            {
                await queue.WriteAsync(chunk[..count], ct);
            }

            queue.Complete();
        }
        catch (Exception e)
        {
            queue.Complete(e);
            throw;
        }
    }

    private StagedRow Prepare(ImportRecord record, ImportRowValidator validator, CrsTransformOp? transform, PositionCheckOp? positions, Ewkb ewkb, List<ImportProblem> problems)
    {
        problems.Clear();
        var typed = new object?[rules.Count];
        validator.Validate(record.Row, record.Values, typed, problems);
        byte[]? geometry = null;
        CrsPoint? raw = null;
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
            record.Row, typed, geometry, isPoint ? raw?.X : null, isPoint ? raw?.Y : null, problems.Count == 0 ? null : ProblemsJson(problems), ok);
    }

    // Synchronous writes: they fill Npgsql's buffer and only block when it is flushed, which is where the time goes
    // anyway; the async overloads cost several times more per value on a million rows.
    private void Write(NpgsqlBinaryImporter importer, StagedRow row)
    {
        importer.StartRow();
        importer.Write(row.Row, NpgsqlDbType.Bigint);
        for (var i = 0; i < rules.Count; i++)
        {
            WriteValue(importer, rules[i].Kind, row.Values[i]);
        }

        WriteNullable(importer, row.Geometry, NpgsqlDbType.Bytea);
        WriteNullable(importer, row.RawX, NpgsqlDbType.Double);
        WriteNullable(importer, row.RawY, NpgsqlDbType.Double);
        WriteNullable(importer, row.ProblemsJson, NpgsqlDbType.Jsonb);
        importer.Write(row.Ok, NpgsqlDbType.Boolean);
    }

    private static void WriteValue(NpgsqlBinaryImporter importer, ImportValueKind kind, object? value)
    {
        switch (value)
        {
            case null:
                importer.WriteNull();
                break;
            case int whole when kind == ImportValueKind.WholeNumber:
                importer.Write(whole, NpgsqlDbType.Integer);
                break;
            case decimal number:
                importer.Write(number, NpgsqlDbType.Numeric);
                break;
            case DateOnly date:
                importer.Write(date, NpgsqlDbType.Date);
                break;
            case string[] list:
                importer.Write(list, NpgsqlDbType.Array | NpgsqlDbType.Text);
                break;
            default:
                importer.Write((string)value, NpgsqlDbType.Text);
                break;
        }
    }

    private static void WriteNullable<T>(NpgsqlBinaryImporter importer, T? value, NpgsqlDbType type)
    {
        if (value is null)
        {
            importer.WriteNull();
        }
        else
        {
            importer.Write(value, type);
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
                json.WriteString("message", p.Message);
                json.WriteString("value", p.Value);
                json.WriteString("hint", p.Hint);
                json.WriteString("severity", ImportBatchStore.SeverityName(p.Severity));
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
