using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace GeoRelief.Server.Apis;

/// <summary>
/// Writes one table as an Excel workbook (.xlsx, Office Open XML SpreadsheetML): a worksheet with a bold, frozen header
/// row, then one row per <see cref="AddRow"/>. Texts are text cells, so a 12-digit division code stays
/// 522628100201 (a CSV opened in Excel shows 5.22628E+11 and loses digits when saved); numbers are numbers; dates are
/// dates shown yyyy-mm-dd. Rows are written as they come: memory does not grow with the table.
/// </summary>
public sealed class XlsxTableWriter : IDisposable
{
    /// <summary>The rows of a worksheet, the header's included.</summary>
    public const int MaxRows = 1_048_576;

    /// <summary>The characters a cell holds.</summary>
    public const int MaxCellChars = 32_767;

    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static readonly DateOnly Epoch = new(1899, 12, 30);

    private readonly ZipArchive _zip;
    private readonly StreamWriter _sheet;
    private readonly StringBuilder _row = new();
    private int _rows;
    private bool _finished;

    /// <summary>
    /// Starts a workbook on <paramref name="output"/> (left open) whose worksheet <paramref name="sheetName"/> has
    /// <paramref name="header"/>; with <paramref name="notes"/>, a second worksheet "notes" lists them as name and value
    /// (what an analysis was asked, its data version).
    /// </summary>
    public XlsxTableWriter(Stream output, string sheetName, IReadOnlyList<string> header, IReadOnlyList<(string Name, string Value)>? notes = null)
    {
        ArgumentNullException.ThrowIfNull(header);
        var withNotes = notes is { Count: > 0 };
        _zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        Part("[Content_Types].xml",
            "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
            + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
            + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
            + (withNotes ? "<Override PartName=\"/xl/worksheets/sheet2.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>" : "")
            + "</Types>");
        Part("_rels/.rels",
            "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
            + "</Relationships>");
        Part("xl/workbook.xml",
            $"<workbook xmlns=\"{Main}\" xmlns:r=\"{Relationships}\"><sheets><sheet name=\"{Escape(SheetName(sheetName))}\" sheetId=\"1\" r:id=\"rId1\"/>"
            + (withNotes ? "<sheet name=\"notes\" sheetId=\"2\" r:id=\"rId3\"/>" : "") + "</sheets></workbook>");
        Part("xl/_rels/workbook.xml.rels",
            "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
            + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
            + (withNotes ? "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet2.xml\"/>" : "")
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

        if (withNotes)
        {
            // Written whole before the table: a zip being written has one entry open at a time.
            var rows = notes!.Select((n, i) => Row(i + 1, [n.Name, n.Value], headerStyle: false).ToString());
            Part("xl/worksheets/sheet2.xml", $"<worksheet xmlns=\"{Main}\"><sheetData>{string.Concat(rows)}</sheetData></worksheet>");
        }

        _sheet = new StreamWriter(_zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Fastest).Open(), new UTF8Encoding(false), 1 << 16);
        _sheet.Write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n");
        _sheet.Write($"<worksheet xmlns=\"{Main}\" xmlns:r=\"{Relationships}\"><sheetViews><sheetView workbookViewId=\"0\">"
            + "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/></sheetView></sheetViews><sheetData>");
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
        _sheet.Write("</sheetData></worksheet>");
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

    /// <summary>A worksheet's name: at most 31 characters, none of []:*?/\.</summary>
    private static string SheetName(string name)
    {
        var clean = new string([.. name.Select(c => "[]:*?/\\".Contains(c, StringComparison.Ordinal) ? '_' : c)]);
        return clean.Length is 0 ? "Sheet1" : clean[..Math.Min(31, clean.Length)];
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
