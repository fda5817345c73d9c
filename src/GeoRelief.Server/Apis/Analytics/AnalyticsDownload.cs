using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GeoRelief.Server.Apis.Analytics;

/// <summary>
/// A result as a file to download (<c>format=csv</c> or <c>xlsx</c>), named after the analysis and what it was asked
/// (poverty-522628-2018.xlsx): the CSV is the main table, in UTF-8 with a byte-order mark so that Excel and WPS read
/// its Chinese names; the workbook holds every table of the report (<see cref="AnalyticsXlsx"/>).
/// </summary>
public static class AnalyticsDownload
{
    /// <summary>The formats an analysis is answered in, by the names <c>format=</c> takes.</summary>
    public static readonly IReadOnlyList<string> Formats = ["json", "csv", "xlsx"];

    /// <summary>The result in <paramref name="format"/>, csv or xlsx.</summary>
    public static async Task<FileContentHttpResult> FileAsync(AnalyticsResult result, string format, JsonSerializerOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(result);
        using var file = new MemoryStream();
        if (format == "xlsx")
        {
            AnalyticsXlsx.Write(result, file, options);
            return TypedResults.File(file.ToArray(), XlsxTableWriter.MediaType, FileName(result, format));
        }

        await using (var writer = new StreamWriter(file, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true))
        {
            await AnalyticsCsv.WriteAsync(result, writer, options, cancellationToken);
        }

        return TypedResults.File(file.ToArray(), "text/csv; charset=utf-8", FileName(result, format));
    }

    /// <summary>The analysis, then the unit and the year it was asked for, when it was: road-coverage-522628.csv.</summary>
    private static string FileName(AnalyticsResult result, string extension)
    {
        var parts = new List<string> { result.Analysis };
        foreach (var name in new[] { "within", "code", "year" })
        {
            if (result.Parameters.TryGetValue(name, out var value) && Convert.ToString(value, CultureInfo.InvariantCulture) is { Length: > 0 } text)
            {
                parts.Add(text);
            }
        }

        return string.Join('-', parts) + "." + extension;
    }
}
