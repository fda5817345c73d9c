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
        var header = layer.Fields.Select(f => f.Column);
        if (layer.HasGeometry)
        {
            header = header.Concat(layer.IsPointLayer ? ["lon", "lat"] : ["wkt"]);
        }

        await text.WriteLineAsync(string.Join(',', header));
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
