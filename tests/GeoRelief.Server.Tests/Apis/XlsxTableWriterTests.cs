using System.IO.Compression;
using System.Xml.Linq;
using GeoRelief.Server.Apis;

namespace GeoRelief.Server.Tests.Apis;

public sealed class XlsxTableWriterTests
{
    private static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    [Fact]
    public void Worksheet_names_are_made_ones_Excel_opens_unique_without_regard_to_case_short_and_without_forbidden_characters()
    {
        using var file = new MemoryStream();
        using (var workbook = new XlsxTableWriter(file, "units", ["code"],
        [
            new XlsxSheet("Units", ["code"], []),
            new XlsxSheet("a/b:c", ["x"], [["1"]]),
            new XlsxSheet(new string('长', 40), ["x"], []),
            new XlsxSheet("", ["x"], []),
        ]))
        {
            workbook.AddRow(["522628"]);
            workbook.Finish();
        }

        using var zip = new ZipArchive(new MemoryStream(file.ToArray()), ZipArchiveMode.Read);
        using var stream = zip.GetEntry("xl/workbook.xml")!.Open();
        var names = XDocument.Load(stream).Descendants(Main + "sheet").Select(s => (string)s.Attribute("name")!).ToList();

        Assert.Equal(["units", "Units (2)", "a_b_c", new string('长', 31), "Sheet5"], names);
        Assert.All(Enumerable.Range(1, 5), i => Assert.NotNull(zip.GetEntry($"xl/worksheets/sheet{i}.xml")));
    }
}
