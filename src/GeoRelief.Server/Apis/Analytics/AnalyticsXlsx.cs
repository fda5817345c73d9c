using System.Globalization;
using System.Text.Json;

namespace GeoRelief.Server.Apis.Analytics;

/// <summary>
/// A result as an Excel workbook: one worksheet per table of the report (road coverage: units, unconnected,
/// beyondMaxMinutes, hardenedRoadKm), with codes as text cells (Excel keeps 522628100201), figures as numbers and lists
/// joined with ';'; then a worksheet "notes" holding everything else the JSON says, by its path — the analysis, the data
/// version, every parameter (parameters.within), the report's own figures (result.coveragePct, result.globalMoran.i)
/// and the notes on definitions and fallbacks.
/// </summary>
public static class AnalyticsXlsx
{
    /// <summary>Writes <paramref name="result"/> to <paramref name="output"/>.</summary>
    public static void Write(AnalyticsResult result, Stream output, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(options);
        var tables = result.Report.Tables;
        List<XlsxSheet> others = [.. tables.Skip(1).Select(t => new XlsxSheet(t.Name, Header(t, options), [.. Rows(t, options)])), Notes(result, tables, options)];
        using var workbook = new XlsxTableWriter(output, tables[0].Name, Header(tables[0], options), others);
        foreach (var row in Rows(tables[0], options))
        {
            // An analysis has a row per unit, tens of thousands at most: far below a worksheet's million.
            workbook.AddRow(row);
        }

        workbook.Finish();
    }

    /// <summary>The column names: the JSON names of the row type's properties, in their order.</summary>
    private static string[] Header(AnalyticsTable table, JsonSerializerOptions options) =>
        [.. options.GetTypeInfo(table.RowType).Properties.Where(p => p.Get is not null).Select(p => p.Name)];

    private static IEnumerable<object?[]> Rows(AnalyticsTable table, JsonSerializerOptions options)
    {
        var header = Header(table, options);
        foreach (var row in table.Rows)
        {
            var element = JsonSerializer.SerializeToElement(row, table.RowType, options);
            yield return [.. header.Select(name => element.TryGetProperty(name, out var value) ? Cell(value) : null)];
        }
    }

    private static XlsxSheet Notes(AnalyticsResult result, IReadOnlyList<AnalyticsTable> tables, JsonSerializerOptions options)
    {
        List<IReadOnlyList<object?>> rows =
        [
            ["analysis", result.Analysis],
            ["dataVersion", result.DataVersion],
        ];
        foreach (var (name, value) in result.Parameters)
        {
            rows.Add(["parameters." + name, Cell(JsonSerializer.SerializeToElement(value, options))]);
        }

        var tableNames = tables.Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var property in JsonSerializer.SerializeToElement(result.Report, result.Report.GetType(), options).EnumerateObject())
        {
            if (!tableNames.Contains(property.Name))
            {
                Flatten("result." + property.Name, property.Value, rows);
            }
        }

        rows.AddRange(result.Notes.Select(note => (IReadOnlyList<object?>)["notes", note]));
        return new XlsxSheet("notes", ["name", "value"], rows);
    }

    /// <summary>A value under its path; an object's members each under their own (result.globalMoran.pValue).</summary>
    private static void Flatten(string path, JsonElement value, List<IReadOnlyList<object?>> rows)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            rows.Add([path, Cell(value)]);
            return;
        }

        foreach (var member in value.EnumerateObject())
        {
            Flatten(path + "." + member.Name, member.Value, rows);
        }
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
