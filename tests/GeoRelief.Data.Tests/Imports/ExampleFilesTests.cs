using GeoRelief.Core.Imports;
using GeoRelief.Data.Layers;

namespace GeoRelief.Data.Tests.Imports;

/// <summary>
/// The walkthrough of docs/import.md on the committed files of data/examples: a new user imports villages picked on
/// AMap, a Gauss–Krüger Shapefile of roads and a GBK CSV of relocation sites, finds each under its township, and gets a
/// clear report — and an unchanged database — for the file with one broken row.
/// Set GEORELIEF_WRITE_EXAMPLES=1 to rewrite the files (the Shapefile zip with ogr2ogr) from the generator.
/// </summary>
public sealed class ExampleFilesTests(ImportDatabase db) : IClassFixture<ImportDatabase>
{
    private static readonly string Folder = Path.Combine(RepositoryFiles.Root(), "data", "examples");

    [Fact]
    public async Task The_committed_examples_are_what_the_generator_makes()
    {
        var files = ExampleFiles.Render(SampleTestData.Dataset);
        if (Environment.GetEnvironmentVariable("GEORELIEF_WRITE_EXAMPLES") == "1")
        {
            Directory.CreateDirectory(Folder);
            foreach (var (name, bytes) in files)
            {
                await File.WriteAllBytesAsync(Path.Combine(Folder, name), bytes);
            }

            var zip = await OgrFixtures.ZippedShapefileAsync(Path.Combine(Folder, ExampleFiles.RoadsGeoJson), "EPSG:4524", "GBK");
            Directory.Delete(Path.Combine(Folder, "roads-gk-zone36-shp"), recursive: true);
            Assert.Equal(Path.Combine(Folder, ExampleFiles.RoadsShapefile), zip);
        }

        foreach (var (name, bytes) in files)
        {
            Assert.Equal(bytes, await File.ReadAllBytesAsync(Path.Combine(Folder, name)));
        }
    }

    [DatabaseFact]
    public async Task A_new_user_imports_the_three_examples_and_sees_each_feature_under_its_township()
    {
        var villages = await db.ImportAsync(Path.Combine(Folder, ExampleFiles.Villages), LayerCatalog.NaturalVillages, crs: "GCJ-02");
        var roads = await db.ImportAsync(Path.Combine(Folder, ExampleFiles.RoadsShapefile), LayerCatalog.Roads);
        var sites = await db.ImportAsync(Path.Combine(Folder, ExampleFiles.Sites), LayerCatalog.RelocationSites, encoding: "gbk");

        ImportAssert.Committed(villages);
        ImportAssert.Committed(roads);
        ImportAssert.Committed(sites);
        foreach (var (v, i) in ExampleFiles.ExampleVillages(SampleTestData.Dataset).Select((v, i) => (v, i)))
        {
            Assert.Equal(v.VillageCode, await db.ScalarAsync<string>("SELECT village_code FROM georelief.natural_village WHERE id = $1", $"ex-nv-{i + 1}"));
        }

        foreach (var (s, i) in ExampleFiles.ExampleSites(SampleTestData.Dataset).Select((s, i) => (s, i)))
        {
            Assert.Equal(s.TownshipCode, await db.ScalarAsync<string>("SELECT township_code FROM georelief.relocation_site WHERE id = $1", $"ex-site-{i + 1}"));
        }

        foreach (var (r, i) in ExampleFiles.ExampleRoads(SampleTestData.Dataset).Select((r, i) => (r, i)))
        {
            // The same townships and lengths as the sample road the example was made from (to the centimetre per piece).
            Assert.Equal(
                await db.ScalarAsync<string>("SELECT string_agg(township_code || ':' || round(length_m::numeric, 1), ',' ORDER BY township_code) FROM georelief.road_piece WHERE road_id = $1", r.Id),
                await db.ScalarAsync<string>("SELECT string_agg(township_code || ':' || round(length_m::numeric, 1), ',' ORDER BY township_code) FROM georelief.road_piece WHERE road_id = $1", $"ex-road-{i + 1}"));
        }
    }

    [DatabaseFact]
    public async Task The_file_with_one_broken_row_gets_a_clear_report_and_changes_nothing()
    {
        var before = await db.FingerprintAsync();

        var report = await db.ImportAsync(Path.Combine(Folder, ExampleFiles.BrokenSites), LayerCatalog.RelocationSites, encoding: "gbk");

        Assert.Equal(ImportStatus.Rejected, report.Status);
        var line = Assert.Single(report.Problems);
        Assert.Equal((3L, "moved_in_households", ImportProblemCodes.ExceedsOtherField), (line.Row, line.Field, line.Problem));
        Assert.Contains("planned_households", line.Message, StringComparison.Ordinal);
        Assert.Equal(before, await db.FingerprintAsync());
    }
}
