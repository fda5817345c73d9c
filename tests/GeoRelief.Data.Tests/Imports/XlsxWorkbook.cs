using System.Globalization;
using System.IO.Compression;
using System.Security;
using System.Text;

namespace GeoRelief.Data.Tests.Imports;

/// <summary>A cell stored as a number shown as a percentage (number format 0.0%), as Excel keeps 85% (0.85).</summary>
public sealed record Percent(double Fraction);

/// <summary>
/// Writes .xlsx workbooks as Excel saves them: an Office Open XML package whose texts are shared strings, numbers are
/// doubles and dates are day serials, with a number format (built-in 14 for dates, 0.0% for percentages) telling how a
/// cell is shown. Cells are strings, numbers, <see cref="DateTime"/>s, <see cref="Percent"/>s or null (empty).
/// </summary>
public static class XlsxWorkbook
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    /// <summary>The bytes of a workbook with <paramref name="sheets"/>, in order; a sheet may be hidden.</summary>
    public static byte[] Write(params (string Name, object?[][] Rows, bool Hidden)[] sheets)
    {
        var strings = new List<string>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            var sheetEntries = new StringBuilder();
            var relations = new StringBuilder();
            var overrides = new StringBuilder();
            for (var s = 0; s < sheets.Length; s++)
            {
                Add(zip, $"xl/worksheets/sheet{s + 1}.xml", Sheet(sheets[s].Rows, strings, index));
                sheetEntries.Append(CultureInfo.InvariantCulture, $"<sheet name=\"{SecurityElement.Escape(sheets[s].Name)}\" sheetId=\"{s + 1}\"{(sheets[s].Hidden ? " state=\"hidden\"" : "")} r:id=\"rId{s + 1}\"/>");
                relations.Append(CultureInfo.InvariantCulture, $"<Relationship Id=\"rId{s + 1}\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet{s + 1}.xml\"/>");
                overrides.Append(CultureInfo.InvariantCulture, $"<Override PartName=\"/xl/worksheets/sheet{s + 1}.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
            }

            Add(zip, "[Content_Types].xml",
                "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
                + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
                + overrides + "</Types>");
            Add(zip, "_rels/.rels",
                "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId0\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            Add(zip, "xl/workbook.xml",
                $"<workbook xmlns=\"{Main}\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>{sheetEntries}</sheets></workbook>");
            Add(zip, "xl/_rels/workbook.xml.rels",
                "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" + relations
                + "<Relationship Id=\"rIdS\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
                + "<Relationship Id=\"rIdT\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>");
            Add(zip, "xl/styles.xml",
                $"<styleSheet xmlns=\"{Main}\"><numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"0.0%\"/></numFmts>"
                + "<fonts count=\"1\"><font/></fonts><fills count=\"1\"><fill/></fills><borders count=\"1\"><border/></borders><cellStyleXfs count=\"1\"><xf/></cellStyleXfs>"
                + "<cellXfs count=\"3\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\" applyNumberFormat=\"1\"/><xf numFmtId=\"164\" applyNumberFormat=\"1\"/></cellXfs></styleSheet>");
            Add(zip, "xl/sharedStrings.xml",
                $"<sst xmlns=\"{Main}\" count=\"{strings.Count}\" uniqueCount=\"{strings.Count}\">"
                + string.Concat(strings.Select(s => $"<si><t xml:space=\"preserve\">{SecurityElement.Escape(s)}</t></si>")) + "</sst>");
        }

        return buffer.ToArray();
    }

    private static string Sheet(object?[][] rows, List<string> strings, Dictionary<string, int> index)
    {
        var xml = new StringBuilder($"<worksheet xmlns=\"{Main}\"><sheetData>");
        for (var r = 0; r < rows.Length; r++)
        {
            xml.Append(CultureInfo.InvariantCulture, $"<row r=\"{r + 1}\">");
            for (var c = 0; c < rows[r].Length; c++)
            {
                var reference = $"{(char)('A' + c)}{r + 1}";
                switch (rows[r][c])
                {
                    case null:
                        break;
                    case string text:
                        if (!index.TryGetValue(text, out var at))
                        {
                            at = index[text] = strings.Count;
                            strings.Add(text);
                        }

                        xml.Append(CultureInfo.InvariantCulture, $"<c r=\"{reference}\" t=\"s\"><v>{at}</v></c>");
                        break;
                    case DateTime date:
                        xml.Append(CultureInfo.InvariantCulture, $"<c r=\"{reference}\" s=\"1\"><v>{(date - new DateTime(1899, 12, 30)).TotalDays}</v></c>");
                        break;
                    case Percent percent:
                        xml.Append(CultureInfo.InvariantCulture, $"<c r=\"{reference}\" s=\"2\"><v>{percent.Fraction.ToString("R", CultureInfo.InvariantCulture)}</v></c>");
                        break;
                    case IConvertible number:
                        xml.Append(CultureInfo.InvariantCulture, $"<c r=\"{reference}\"><v>{number.ToDouble(CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture)}</v></c>");
                        break;
                }
            }

            xml.Append("</row>");
        }

        return xml.Append("</sheetData></worksheet>").ToString();
    }

    private static void Add(ZipArchive zip, string name, string xml)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
        writer.Write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" + xml);
    }
}
