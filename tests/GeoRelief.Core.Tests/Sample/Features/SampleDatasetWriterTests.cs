using System.Text.Json;
using GeoRelief.Core.Sample.Features;

namespace GeoRelief.Core.Tests.Sample.Features;

public sealed class SampleDatasetWriterTests
{
    private static readonly Lazy<IReadOnlyDictionary<string, string>> Files = new(() => SampleDatasetWriter.Render(SampleFixture.Dataset));

    [Theory]
    [InlineData("admin_units.geojson", "admin")]
    [InlineData("natural_villages.geojson", "villages")]
    [InlineData("roads.geojson", "roads")]
    [InlineData("facilities.geojson", "facilities")]
    [InlineData("relocation_sites.geojson", "sites")]
    [InlineData("industrial_bases.geojson", "bases")]
    [InlineData("constraint_zones.geojson", "zones")]
    public void GeoJson_files_hold_one_feature_per_record_and_say_synthetic_geometry(string file, string layer)
    {
        var d = SampleFixture.Dataset;
        var expected = layer switch
        {
            "admin" => d.AdminUnits.Count,
            "villages" => d.NaturalVillages.Count,
            "roads" => d.Roads.Count,
            "facilities" => d.Facilities.Count,
            "sites" => d.RelocationSites.Count,
            "bases" => d.IndustrialBases.Count,
            _ => d.ConstraintZones.Count,
        };
        using var json = JsonDocument.Parse(Files.Value[file]);
        Assert.Equal("FeatureCollection", json.RootElement.GetProperty("type").GetString());
        Assert.Contains("synthetic geometry", json.RootElement.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal(expected, json.RootElement.GetProperty("features").GetArrayLength());
    }

    [Fact]
    public void Tables_grids_and_summary_are_written_with_invariant_numbers()
    {
        var d = SampleFixture.Dataset;
        Assert.Equal(d.VillageYears.Count + 1, Files.Value["village_years.csv"].TrimEnd('\n').Split('\n').Length);
        Assert.Equal(d.RelocationSources.Count + 1, Files.Value["relocation_sources.csv"].TrimEnd('\n').Split('\n').Length);
        Assert.Contains("152223,poor_population_2018,3614\n", Files.Value["summary.csv"], StringComparison.Ordinal);
        Assert.Contains("522628,relocation_moved_in_persons,9955\n", Files.Value["summary.csv"], StringComparison.Ordinal);
        foreach (var grid in d.ElevationGrids)
        {
            var lines = Files.Value[$"elevation_{grid.CountyCode}.asc"].TrimEnd('\n').Split('\n');
            Assert.Equal($"ncols {grid.Width}", lines[0]);
            Assert.Equal(grid.Height + 6, lines.Length);
            Assert.Equal(grid.Width, lines[6].Split(' ').Length);
            Assert.Equal(grid.At(0, 0).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture), lines[6].Split(' ')[0]);
        }

        Assert.Contains("synthetic geometry", Files.Value["NOTICE.txt"], StringComparison.Ordinal);
    }
}
