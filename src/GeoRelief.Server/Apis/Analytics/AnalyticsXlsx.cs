using System.Globalization;
using System.Text.Json;

namespace GeoRelief.Server.Apis.Analytics;

/// <summary>
/// The main table of a result as an Excel workbook: the CSV's columns, codes as text cells (Excel keeps 522628100201),
/// figures as numbers, lists joined with ';'; a second worksheet, "notes", holds what the CSV's # lines say (the
/// analysis, the data version, every parameter).
/// </summary>
public static class AnalyticsXlsx
{
    /// <summary>Writes <paramref name="result"/> to <paramref name="output"/>.</summary>
    public static void Write(AnalyticsResult result, Stream output, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(result);
        var rows = result.Report.Rows.Select(r => JsonSerializer.SerializeToElement(r, r.GetType(), options)).ToList();
        string[] header = rows.Count == 0 ? [] : [.. rows[0].EnumerateObject().Select(p => p.Name)];
        List<(string Name, string Value)> notes =
        [
            ("analysis", result.Analysis),
            ("data version", result.DataVersion.ToString(CultureInfo.InvariantCulture)),
            .. result.Parameters.Select(p => (p.Key, JsonSerializer.Serialize(p.Value, options))),
        ];
        using var workbook = new XlsxTableWriter(output, result.Analysis, header, notes);
        foreach (var row in rows)
        {
            // An analysis has a row per unit, tens of thousands at most: far below a worksheet's million.
            workbook.AddRow([.. row.EnumerateObject().Select(p => Cell(p.Value))]);
        }

        workbook.Finish();
    }

    private static object? Cell(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.TryGetDecimal(out var exact) ? exact : value.GetDouble(),
        JsonValueKind.Array => string.Join(';', value.EnumerateArray().Select(v => Convert.ToString(Cell(v), CultureInfo.InvariantCulture))),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => value.GetRawText(),
    };
}
