using System.Globalization;
using System.Text;
using System.Text.Json;
using GeoRelief.Data.Layers;

namespace GeoRelief.Server.Apis.Layers;

/// <summary>
/// Streams a layer's features to the response as the database returns them — JSON, GeoJSON or CSV — so an export
/// of a whole province never sits in memory. Output is flushed in chunks of about <see cref="FlushBytes"/>.
/// </summary>
public sealed class FeatureListResult(LayerDefinition layer, IAsyncEnumerable<LayerRecord> records, FeatureFormat format, string downloadName) : IResult
{
    private const int FlushBytes = 32 * 1024;

    /// <summary>The UTF-8 byte order mark: spreadsheet programs read a CSV as UTF-8 (and Chinese correctly) only with it.</summary>
    public static ReadOnlyMemory<byte> Utf8Bom { get; } = new byte[] { 0xEF, 0xBB, 0xBF };

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var response = httpContext.Response;
        var ct = httpContext.RequestAborted;
        response.StatusCode = StatusCodes.Status200OK;
        if (format == FeatureFormat.Csv)
        {
            response.ContentType = "text/csv; charset=utf-8";
            response.Headers.ContentDisposition = $"attachment; filename=\"{downloadName}.csv\"";
            await WriteCsvAsync(response, ct);
            return;
        }

        if (format == FeatureFormat.Xlsx)
        {
            await WriteXlsxAsync(httpContext, ct);
            return;
        }

        response.ContentType = format == FeatureFormat.GeoJson ? "application/geo+json" : "application/json; charset=utf-8";
        if (format == FeatureFormat.GeoJson)
        {
            response.Headers.ContentDisposition = $"attachment; filename=\"{downloadName}.geojson\"";
        }

        await using var writer = new Utf8JsonWriter(response.BodyWriter, FeatureJson.WriterOptions);
        if (format == FeatureFormat.GeoJson)
        {
            writer.WriteStartObject();
            writer.WriteString("type", "FeatureCollection");
            writer.WriteStartArray("features");
        }
        else
        {
            writer.WriteStartArray();
        }

        await foreach (var record in records.WithCancellation(ct))
        {
            if (format == FeatureFormat.GeoJson)
            {
                FeatureJson.WriteGeoJsonFeature(writer, layer, record);
            }
            else
            {
                FeatureJson.WriteApiObject(writer, layer, record);
            }

            if (writer.BytesPending > FlushBytes)
            {
                await writer.FlushAsync(ct);
            }
        }

        writer.WriteEndArray();
        if (format == FeatureFormat.GeoJson)
        {
            writer.WriteEndObject();
        }

        await writer.FlushAsync(ct);
    }

    private async Task WriteCsvAsync(HttpResponse response, CancellationToken ct)
    {
        await response.Body.WriteAsync(Utf8Bom, ct);
        await using var text = new StreamWriter(response.Body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), FlushBytes, leaveOpen: true);
        await text.WriteLineAsync(string.Join(',', TableHeader()));
        var line = new StringBuilder();
        await foreach (var record in records.WithCancellation(ct))
        {
            line.Clear();
            for (var i = 0; i < record.Values.Count; i++)
            {
                AppendCell(line, i > 0, Cell(record.Values[i]));
            }

            if (layer.HasGeometry)
            {
                if (layer.IsPointLayer)
                {
                    AppendCell(line, true, record.Lon?.ToString("R", CultureInfo.InvariantCulture));
                    AppendCell(line, true, record.Lat?.ToString("R", CultureInfo.InvariantCulture));
                }
                else
                {
                    AppendCell(line, true, record.Wkt);
                }
            }

            await text.WriteLineAsync(line, ct);
        }

        await text.FlushAsync(ct);
    }

    /// <summary>The columns of the CSV and the workbook: the layer's, then lon and lat for points or wkt for lines and areas.</summary>
    private string[] TableHeader()
    {
        var header = layer.Fields.Select(f => f.Column);
        return [.. layer.HasGeometry ? header.Concat(layer.IsPointLayer ? ["lon", "lat"] : ["wkt"]) : header];
    }

    /// <summary>
    /// The workbook is written to a temporary file first (the zip is written synchronously, which a response body does
    /// not allow) and then sent; a selection larger than a worksheet is answered 400 before anything is sent.
    /// </summary>
    private async Task WriteXlsxAsync(HttpContext httpContext, CancellationToken ct)
    {
        await using var file = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        using (var workbook = new XlsxTableWriter(file, layer.Name, TableHeader()))
        {
            var row = new List<object?>();
            await foreach (var record in records.WithCancellation(ct))
            {
                row.Clear();
                row.AddRange(record.Values.Select(v => v is string[] texts ? string.Join(';', texts) : v));
                if (layer.HasGeometry)
                {
                    row.AddRange(layer.IsPointLayer ? [record.Lon, record.Lat] : [WktCell(record.Wkt)]);
                }

                if (!workbook.AddRow(row))
                {
                    var room = (XlsxTableWriter.MaxRows - 1).ToString("N0", CultureInfo.InvariantCulture);
                    await ApiProblem.BadParameter("format", $"xlsx cannot hold this selection: a worksheet has room for {room} features. Narrow it with within or bbox, page it with limit and offset, or use format=csv.").ExecuteAsync(httpContext);
                    return;
                }
            }

            workbook.Finish();
        }

        var response = httpContext.Response;
        response.ContentType = XlsxTableWriter.MediaType;
        response.Headers.ContentDisposition = $"attachment; filename=\"{downloadName}.xlsx\"";
        response.ContentLength = file.Length;
        file.Position = 0;
        await file.CopyToAsync(response.Body, ct);
    }

    /// <summary>A line's or area's WKT, or a note when it is longer than a cell holds (a truncated WKT would be another shape).</summary>
    private static string? WktCell(string? wkt) => wkt is { Length: > XlsxTableWriter.MaxCellChars }
        ? string.Create(CultureInfo.InvariantCulture, $"(the geometry has {wkt.Length:N0} characters of WKT, more than a cell holds: export it as GeoJSON or CSV)")
        : wkt;

    private static string? Cell(object? value) => value switch
    {
        null => null,
        string s => s,
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        string[] texts => string.Join(';', texts),
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    // RFC 4180: a cell with a comma, quote or line break is quoted, its quotes doubled.
    private static void AppendCell(StringBuilder line, bool separator, string? cell)
    {
        if (separator)
        {
            line.Append(',');
        }

        if (cell is null)
        {
            return;
        }

        if (cell.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            line.Append(cell);
            return;
        }

        line.Append('"').Append(cell.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }
}
