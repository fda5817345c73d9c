using GeoRelief.Data.Imports;

namespace GeoRelief.Data.Tests.Imports;

public sealed class ImportFormatsTests
{
    [Theory]
    [InlineData("村界.kml", "KML")]
    [InlineData("线路.KMZ", "KML")]
    [InlineData("规划.dwg", "save it as DXF")]
    [InlineData("道路.mif", "MIF file")]
    [InlineData("统计.et", "save the worksheet as .xlsx")]
    [InlineData("汇报.docx", "copy the table into a worksheet")]
    public void A_format_GeoRelief_does_not_read_is_named_with_the_way_to_one_it_reads(string fileName, string expected)
    {
        var message = ImportFormats.NotImported(fileName);

        Assert.NotNull(message);
        Assert.Contains(expected, message, StringComparison.Ordinal);
        Assert.StartsWith($"'{fileName}'", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("villages.csv")]
    [InlineData("sites.xlsx")]
    [InlineData("roads.zip")]
    [InlineData("export-without-extension")]
    public void A_format_GeoRelief_reads_or_may_read_by_its_contents_is_not_refused_by_its_name(string fileName) =>
        Assert.Null(ImportFormats.NotImported(fileName));

    [Fact]
    public void A_zipped_Shapefile_is_not_taken_for_a_workbook()
    {
        var path = Path.Combine(Path.GetTempPath(), $"georelief-{Guid.NewGuid():N}");
        try
        {
            using (var zip = System.IO.Compression.ZipFile.Open(path, System.IO.Compression.ZipArchiveMode.Create))
            {
                zip.CreateEntry("roads.shp");
            }

            Assert.Equal(ImportFormat.Shapefile, ImportFormats.Detect(path, "upload"));
            File.WriteAllBytes(path, XlsxWorkbook.Write(("Sheet1", [["id"]], false)));
            Assert.Equal(ImportFormat.Excel, ImportFormats.Detect(path, "upload"));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
