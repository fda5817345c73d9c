using System.Globalization;
using System.Text;
using System.Text.Json;

namespace GeoRelief.Server.Apis.Analytics;

/// <summary>
/// Writes the main table of a result as CSV (RFC 4180): one column per property of the rows, lists joined with ';',
/// preceded by comment lines (#) naming the analysis, data version and parameters.
/// </summary>
public static class AnalyticsCsv
{
    /// <summary>Writes <paramref name="result"/> to <paramref name="writer"/>.</summary>
    public static async Task WriteAsync(AnalyticsResult result, TextWriter writer, JsonSerializerOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(writer);
        await writer.WriteLineAsync($"# {result.Analysis}, data version {result.DataVersion.ToString(CultureInfo.InvariantCulture)}".AsMemory(), cancellationToken);
        foreach (var (name, value) in result.Parameters)
        {
            // As a planner reads them in a spreadsheet: within=522628, not within="522628"; a default left open is empty.
            await writer.WriteLineAsync($"# {name}={Cell(JsonSerializer.SerializeToElement(value, options))}".AsMemory(), cancellationToken);
        }

        var first = true;
        foreach (var row in result.Report.Rows)
        {
            var element = JsonSerializer.SerializeToElement(row, row.GetType(), options);
            if (first)
            {
                await writer.WriteLineAsync(string.Join(',', element.EnumerateObject().Select(p => Quote(p.Name))).AsMemory(), cancellationToken);
                first = false;
            }

            var cells = element.EnumerateObject().Select(p => Quote(Cell(p.Value)));
            await writer.WriteLineAsync(string.Join(',', cells).AsMemory(), cancellationToken);
        }
    }

    private static string Cell(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => string.Empty,
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.Array => string.Join(';', value.EnumerateArray().Select(Cell)),
        _ => value.GetRawText(),
    };

    private static string Quote(string text)
    {
        if (text.IndexOfAny([',', '"', '\n', '\r']) < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 2).Append('"');
        builder.Append(text.Replace("\"", "\"\"", StringComparison.Ordinal));
        return builder.Append('"').ToString();
    }
}
