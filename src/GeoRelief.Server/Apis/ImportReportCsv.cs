using System.Text;
using GeoRelief.Core.Imports;

namespace GeoRelief.Server.Apis;

/// <summary>An import report as CSV, UTF-8 with BOM so that spreadsheet programs show the Chinese correctly.</summary>
public static class ImportReportCsv
{
    /// <summary>Writes the header and one line per report line.</summary>
    public static async Task WriteAsync(Stream stream, IAsyncEnumerable<ImportProblem> lines, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lines);
        await using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true);
        await writer.WriteLineAsync("row,field,problem,severity,message,value,hint".AsMemory(), cancellationToken);
        await foreach (var line in lines.WithCancellation(cancellationToken))
        {
            var fields = new[]
            {
                line.Row.ToString(System.Globalization.CultureInfo.InvariantCulture), line.Field, line.Problem,
                line.Severity == ImportSeverity.Error ? "error" : "warning", line.Message, line.Value, line.Hint,
            };
            await writer.WriteLineAsync(string.Join(',', fields.Select(Quote)).AsMemory(), cancellationToken);
        }
    }

    private static string Quote(string? value) =>
        value is null ? string.Empty
        : value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
