using System.Globalization;
using System.Text;
using GeoRelief.Core.Coordinates;
using GeoRelief.Core.Imports;
using GeoRelief.Data.Layers;

namespace GeoRelief.Data.Tests.Imports;

public sealed class OgrImportTests(ImportDatabase db) : IClassFixture<ImportDatabase>
{
    [DatabaseFact]
    public async Task A_Shapefile_of_roads_in_a_Gauss_Kruger_zone_lands_under_the_townships_it_crosses()
    {
        var (a, b) = await TwoTownshipsAsync();
        var toGk = new CrsTransformOp(CrsTransformParameters.Parse("EPSG:4490", "EPSG:4524"));
        var start = toGk.Transform(new CrsPoint(a.Lon, a.Lat));
        var end = toGk.Transform(new CrsPoint(b.Lon, b.Lat));
        var geoJson = "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"编号\":\"shp-road-1\",\"名称\":\"三江至茅坪公路\",\"等级\":\"county\",\"路面\":\"asphalt\",\"状态\":\"existing\",\"建成年份\":2016},"
            + string.Create(CultureInfo.InvariantCulture, $"\"geometry\":{{\"type\":\"LineString\",\"coordinates\":[[{start.X:R},{start.Y:R}],[{end.X:R},{end.Y:R}]]}}}}]}}");
        var zip = await OgrFixtures.ZippedShapefileAsync(db.WriteFile("gk-roads.geojson", Encoding.UTF8.GetBytes(geoJson)), "EPSG:4524", "GBK");

        var report = await db.ImportAsync(zip, LayerCatalog.Roads);

        ImportAssert.Committed(report);
        Assert.Equal("shapefile", report.Format);
        Assert.Equal("EPSG:4524", report.Crs);
        Assert.Equal("三江至茅坪公路", await db.ScalarAsync<string>("SELECT name FROM georelief.road WHERE id = 'shp-road-1'"));
        var townships = await db.ScalarAsync<string[]>("SELECT array_agg(township_code ORDER BY township_code) FROM georelief.road_piece WHERE road_id = 'shp-road-1'");
        Assert.Contains(a.Township, townships);
        Assert.Contains(b.Township, townships);
        Assert.Equal(
            await db.ScalarAsync<double>("SELECT ST_Length(geom::geography) FROM georelief.road WHERE id = 'shp-road-1'"),
            await db.ScalarAsync<double>("SELECT sum(length_m) FROM georelief.road_piece WHERE road_id = 'shp-road-1'"),
            0.01);
        Assert.Equal(a.Lon, await db.ScalarAsync<double>("SELECT ST_X(ST_StartPoint(geom)) FROM georelief.road WHERE id = 'shp-road-1'"), 1e-7);
    }

    [DatabaseFact]
    public async Task A_GeoPackage_in_a_Gauss_Kruger_zone_without_prefix_is_read_in_its_own_coordinate_system()
    {
        var p = (await db.VillagePointsAsync("522628", 1))[0];
        var gk = CrsTransformOp.Transform(new CrsPoint(p.Lon, p.Lat), CrsTransformParameters.Parse("EPSG:4490", "EPSG:4545"));
        var geoJson = "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"id\":\"gpkg-1\",\"name\":\"包组\",\"households\":31,\"population\":122},"
            + string.Create(CultureInfo.InvariantCulture, $"\"geometry\":{{\"type\":\"Point\",\"coordinates\":[{gk.X:R},{gk.Y:R}]}}}}]}}");
        var gpkg = await OgrFixtures.GeoPackageAsync(db.WriteFile("villages-4545.geojson", Encoding.UTF8.GetBytes(geoJson)), "EPSG:4545");

        var report = await db.ImportAsync(gpkg, LayerCatalog.NaturalVillages);

        ImportAssert.Committed(report);
        Assert.Equal(("geopackage", "EPSG:4545"), (report.Format, report.Crs));
        Assert.Equal(p.Village, await db.ScalarAsync<string>("SELECT village_code FROM georelief.natural_village WHERE id = 'gpkg-1'"));
        Assert.Equal(gk.X, await db.ScalarAsync<double>("SELECT raw_x FROM georelief.import_raw_position WHERE feature_id = 'gpkg-1'"), 1e-6);
    }

    [DatabaseFact]
    public async Task A_Shapefile_in_longitude_latitude_with_a_GBK_cpg_keeps_its_Chinese_names()
    {
        var p = (await db.VillagePointsAsync("152223", 1))[0];
        var geoJson = "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"编号\":\"shp-site\",\"名称\":\"音德尔镇安置点\",\"类型\":\"concentrated\",\"状态\":\"completed\",\"计划户数\":80,\"计划人数\":300},"
            + string.Create(CultureInfo.InvariantCulture, $"\"geometry\":{{\"type\":\"Point\",\"coordinates\":[{p.Lon:R},{p.Lat:R}]}}}}]}}");
        var zip = await OgrFixtures.ZippedShapefileAsync(db.WriteFile("sites-cgcs.geojson", Encoding.UTF8.GetBytes(geoJson)), "EPSG:4490", "GBK");

        var report = await db.ImportAsync(zip, LayerCatalog.RelocationSites);

        ImportAssert.Committed(report);
        Assert.Equal("音德尔镇安置点", await db.ScalarAsync<string>("SELECT name FROM georelief.relocation_site WHERE id = 'shp-site'"));
        Assert.Equal(p.Township, await db.ScalarAsync<string>("SELECT township_code FROM georelief.relocation_site WHERE id = 'shp-site'"));
    }

    [DatabaseFact]
    public async Task Gauss_Kruger_metres_read_as_degrees_are_refused_with_the_zone_that_would_fit()
    {
        var p = (await db.VillagePointsAsync("522628", 1))[0];
        var gk = CrsTransformOp.Transform(new CrsPoint(p.Lon, p.Lat), CrsTransformParameters.Parse("EPSG:4490", "EPSG:4524"));
        var csv = string.Create(CultureInfo.InvariantCulture, $"id,name,households,population,x,y\nmetres,米组,3,9,{gk.X:R},{gk.Y:R}\n");

        var report = await db.ImportAsync(db.WriteFile("metres.csv", Encoding.UTF8.GetBytes(csv)), LayerCatalog.NaturalVillages);

        Assert.Equal(ImportStatus.Rejected, report.Status);
        Assert.Contains("--crs EPSG:4524", ImportAssert.Problem(report, ImportProblemCodes.OutsideChina).Hint, StringComparison.Ordinal);
    }

    /// <summary>Two inner points of villages of 锦屏县 that lie in different, neighbouring townships.</summary>
    private async Task<((string Village, string Township, double Lon, double Lat) A, (string Village, string Township, double Lon, double Lat) B)> TwoTownshipsAsync()
    {
        var points = await db.VillagePointsAsync("522628", 200);
        var first = points[0];
        var second = points.Where(p => p.Township != first.Township).MinBy(p => Math.Pow(p.Lon - first.Lon, 2) + Math.Pow(p.Lat - first.Lat, 2));
        return (first, second);
    }
}
