using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace GeoRelief.Server.Apis;

/// <summary>
/// Writes a table as an Excel workbook (.xlsx, Office Open XML SpreadsheetML): a worksheet with a bold, frozen header
/// row, then one row per <see cref="AddRow"/>; other, small worksheets (<see cref="XlsxSheet"/>) may follow it. Texts
/// are text cells, so a 12-digit division code stays 522628100201 (a CSV opened in Excel shows 5.22628E+11 and loses
/// digits when saved); numbers are numbers; dates are dates shown yyyy-mm-dd. The first worksheet's rows are written as
/// they come: memory does not grow with the table.
/// </summary>
public sealed class XlsxTableWriter : IDisposable
{
    /// <summary>The media type of an .xlsx file.</summary>
    public const string MediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>The rows of a worksheet, the header's included.</summary>
    public const int MaxRows = 1_048_576;

    /// <summary>The characters a cell holds.</summary>
    public const int MaxCellChars = 32_767;

    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string SheetEnd = "</sheetData></worksheet>";

    /// <summary>A worksheet's start: the first row (the header) frozen, so it stays in view as the table scrolls.</summary>
    private static readonly string SheetStart = $"<worksheet xmlns=\"{Main}\" xmlns:r=\"{Relationships}\"><sheetViews><sheetView workbookViewId=\"0\">"
        + "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/></sheetView></sheetViews><sheetData>";

    private static readonly DateOnly Epoch = new(1899, 12, 30);

    private readonly ZipArchive _zip;
    private readonly StreamWriter _sheet;
    private readonly StringBuilder _row = new();
    private int _rows;
    private bool _finished;

    /// <summary>
    /// Starts a workbook on <paramref name="output"/> (left open) whose first worksheet <paramref name="sheetName"/> has
    /// <paramref name="header"/> and the rows <see cref="AddRow"/> streams; <paramref name="otherSheets"/>, small and
    /// given whole, follow it in the workbook (an analysis's further tables, its parameters and data version).
    /// </summary>
    public XlsxTableWriter(Stream output, string sheetName, IReadOnlyList<string> header, IReadOnlyList<XlsxSheet>? otherSheets = null)
    {
        ArgumentNullException.ThrowIfNull(header);
        otherSheets ??= [];
        var names = UniqueSheetNames([sheetName, .. otherSheets.Select(s => s.Name)]);
        _zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        Part("[Content_Types].xml",
            "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
            + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
            + string.Concat(names.Select((_, i) => $"<Override PartName=\"/xl/worksheets/sheet{i + 1}.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"))
            + "</Types>");
        Part("_rels/.rels",
            "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
            + "</Relationships>");
        // Relationship ids: rId1 the styles, rId(n + 1) worksheet n.
        Part("xl/workbook.xml",
            $"<workbook xmlns=\"{Main}\" xmlns:r=\"{Relationships}\"><sheets>"
            + string.Concat(names.Select((name, i) => $"<sheet name=\"{Escape(name)}\" sheetId=\"{i + 1}\" r:id=\"rId{i + 2}\"/>"))
            + "</sheets></workbook>");
        Part("xl/_rels/workbook.xml.rels",
            "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
            + string.Concat(names.Select((_, i) => $"<Relationship Id=\"rId{i + 2}\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet{i + 1}.xml\"/>"))
            + "</Relationships>");
        // Cell styles: 0 plain, 1 bold (the header), 2 a date shown yyyy-mm-dd.
        Part("xl/styles.xml",
            $"<styleSheet xmlns=\"{Main}\"><numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"yyyy-mm-dd\"/></numFmts>"
            + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font><font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
            + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>"
            + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
            + "<cellXfs count=\"3\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
            + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
            + "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/></cellXfs>"
            + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles></styleSheet>");

        // The other sheets are written whole before the streamed one: a zip being written has one entry open at a time.
        for (var i = 0; i < otherSheets.Count; i++)
        {
            var sheet = otherSheets[i];
            if (sheet.Rows.Count + 1 > MaxRows)
            {
                throw new ArgumentException($"The worksheet {sheet.Name} has {sheet.Rows.Count} rows, more than a worksheet holds.", nameof(otherSheets));
            }

            var xml = new StringBuilder(SheetStart);
            var r = 1;
            Row(r, [.. sheet.Header], headerStyle: true, xml);
            foreach (var row in sheet.Rows)
            {
                Row(++r, row, headerStyle: false, xml);
            }

            Part($"xl/worksheets/sheet{i + 2}.xml", xml.Append(SheetEnd).ToString());
        }

        _sheet = new StreamWriter(_zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Fastest).Open(), new UTF8Encoding(false), 1 << 16);
        _sheet.Write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n");
        _sheet.Write(SheetStart);
        WriteRow(header.Select(h => (object?)h).ToArray(), headerStyle: true);
    }

    /// <summary>Adds a row: strings as text, numbers as numbers, <see cref="DateOnly"/> as dates, null as an empty cell. False when the worksheet is full.</summary>
    public bool AddRow(IReadOnlyList<object?> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (_rows >= MaxRows)
        {
            return false;
        }

        WriteRow(values, headerStyle: false);
        return true;
    }

    /// <summary>Ends the worksheet and the workbook; the output then holds the whole file.</summary>
    public void Finish()
    {
        _sheet.Write(SheetEnd);
        _sheet.Dispose();
        _zip.Dispose();
        _finished = true;
    }

    public void Dispose()
    {
        if (!_finished)
        {
            _sheet.Dispose();
            _zip.Dispose();
        }
    }

    private void WriteRow(IReadOnlyList<object?> values, bool headerStyle)
    {
        _rows++;
        _sheet.Write(Row(_rows, values, headerStyle, _row.Clear()));
    }

    /// <summary>The XML of row <paramref name="r"/>, built in <paramref name="xml"/> (reused from row to row).</summary>
    private static StringBuilder Row(int r, IReadOnlyList<object?> values, bool headerStyle, StringBuilder? xml = null)
    {
        xml ??= new StringBuilder();
        xml.Append(CultureInfo.InvariantCulture, $"<row r=\"{r}\">");
        for (var i = 0; i < values.Count; i++)
        {
            var reference = ColumnName(i) + r.ToString(CultureInfo.InvariantCulture);
            switch (values[i])
            {
                case null:
                    break;
                case string text:
                    xml.Append(CultureInfo.InvariantCulture, $"<c r=\"{reference}\" t=\"inlineStr\"{(headerStyle ? " s=\"1\"" : "")}><is><t xml:space=\"preserve\">")
                        .Append(Escape(text)).Append("</t></is></c>");
                    break;
                case DateOnly date:
                    xml.Append(CultureInfo.InvariantCulture, $"<c r=\"{reference}\" s=\"2\"><v>{date.DayNumber - Epoch.DayNumber}</v></c>");
                    break;
                case IFormattable number:
                    xml.Append(CultureInfo.InvariantCulture, $"<c r=\"{reference}\"><v>{number.ToString(number is double ? "R" : null, CultureInfo.InvariantCulture)}</v></c>");
                    break;
                default:
                    throw new ArgumentException($"A cell holds text, a number or a date, not {values[i]!.GetType().Name}.", nameof(values));
            }
        }

        return xml.Append("</row>");
    }

    /// <summary>A, B, …, Z, AA, AB, …: the letters of the 0-based column <paramref name="index"/>.</summary>
    private static string ColumnName(int index)
    {
        var name = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }

    /// <summary>
    /// Worksheet names as Excel accepts them: at most 31 characters, none of []:*?/\, none empty, no two alike
    /// (Excel compares them without regard to case); a clash gets a number, as Excel's own "Sheet1 (2)".
    /// </summary>
    private static List<string> UniqueSheetNames(IEnumerable<string> names)
    {
        var unique = new List<string>();
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in names)
        {
            var clean = new string([.. name.Select(c => "[]:*?/\\".Contains(c, StringComparison.Ordinal) ? '_' : c)]);
            clean = clean.Length is 0 ? "Sheet" + (unique.Count + 1).ToString(CultureInfo.InvariantCulture) : clean[..Math.Min(31, clean.Length)];
            var candidate = clean;
            for (var n = 2; !taken.Add(candidate); n++)
            {
                var suffix = string.Create(CultureInfo.InvariantCulture, $" ({n})");
                candidate = clean[..Math.Min(clean.Length, 31 - suffix.Length)] + suffix;
            }

            unique.Add(candidate);
        }

        return unique;
    }

    /// <summary>XML text: markup characters escaped, characters XML 1.0 cannot hold (control characters) left out.</summary>
    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case '&':
                    escaped.Append("&amp;");
                    break;
                case '<':
                    escaped.Append("&lt;");
                    break;
                case '>':
                    escaped.Append("&gt;");
                    break;
                case '"':
                    escaped.Append("&quot;");
                    break;
                case < ' ' and not ('\t' or '\n' or '\r'):
                case '\uFFFE' or '\uFFFF':
                    break;
                default:
                    escaped.Append(c);
                    break;
            }
        }

        return escaped.ToString();
    }

    private void Part(string name, string xml)
    {
        using var writer = new StreamWriter(_zip.CreateEntry(name, CompressionLevel.Fastest).Open(), new UTF8Encoding(false));
        writer.Write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n");
        writer.Write(xml);
    }
}
