using GeoRelief.Core.Coordinates;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace GeoRelief.Core.Tests.Coordinates;

public sealed class CrsTransformOpTests
{
    private static CrsPoint Transform(string from, string to, double x, double y) =>
        CrsTransformOp.Transform(new CrsPoint(x, y), CrsTransformParameters.Parse(from, to));

    private static double MaxAbsDifference(CrsPoint a, CrsPoint b) => Math.Max(Math.Abs(a.X - b.X), Math.Abs(a.Y - b.Y));

    /// <summary>
    /// Expected eastings/northings computed independently with PROJ 9.1.1 (Poder/Engsager extended transverse Mercator):
    /// <c>echo "LAT LON" | cs2cs -d 4 EPSG:4490 EPSG:CODE</c> (EPSG axis order, so cs2cs prints northing first).
    /// </summary>
    public static TheoryData<int, double, double, double, double> ProjReferencePoints => new()
    {
        { 4527, 116.3975, 39.9087, 39448481.5746, 4419565.4353 }, // Tiananmen, 3° zone 39
        { 4527, 118.4, 45.0, 39610385.5866, 4985898.0877 },
        { 4527, 115.5, 22.0, 39345093.9591, 2434560.1928 },
        { 4524, 109.2, 26.68, 36619446.3989, 2952735.6613 }, // 锦屏县, 3° zone 36
        { 4545, 109.2, 26.68, 619446.3989, 2952735.6613 }, // same, CM 108°E without prefix
        { 4497, 109.2, 26.68, 19320820.5599, 2953437.9948 }, // same, 6° zone 19
        { 4508, 109.2, 26.68, 320820.5599, 2953437.9948 }, // same, 6° CM 111°E
        { 4529, 122.5, 46.7, 41461759.6986, 5174018.0682 }, // 扎赉特旗, 3° zone 41
        { 4550, 122.5, 46.7, 461759.6986, 5174018.0682 },
        { 4513, 73.6, 39.5, 25379578.8992, 4374950.0281 }, // westernmost zone
        { 32649, 109.2, 26.68, 320892.2317, 2952256.6197 }, // WGS 84 / UTM 49N (cs2cs from EPSG:4326)
        { 3857, 109.2, 26.68, 12156088.3946, 3083548.5488 }, // Web Mercator (cs2cs from EPSG:4326)
    };

    [Theory]
    [MemberData(nameof(ProjReferencePoints))]
    public void Projections_agree_with_proj_to_a_millimetre(int epsg, double lon, double lat, double easting, double northing)
    {
        var projected = Transform("EPSG:4490", $"EPSG:{epsg}", lon, lat);

        Assert.Equal(easting, projected.X, 0.001);
        Assert.Equal(northing, projected.Y, 0.001);
    }

    [Theory]
    [InlineData(4527, 117.0, 39500000.0)]
    [InlineData(4548, 117.0, 500000.0)]
    [InlineData(4491, 75.0, 13500000.0)]
    [InlineData(4554, 135.0, 500000.0)]
    public void A_point_on_the_central_meridian_has_the_false_easting_exactly(int epsg, double centralMeridian, double falseEasting)
    {
        foreach (var lat in new[] { 18.0, 26.68, 39.9, 53.5 })
        {
            Assert.Equal(falseEasting, Transform("EPSG:4490", $"EPSG:{epsg}", centralMeridian, lat).X);
        }

        Assert.Equal(0.0, Transform("EPSG:4490", $"EPSG:{epsg}", centralMeridian, 0.0).Y, 1e-9);
    }

    [Fact]
    public void Every_zone_round_trips_across_its_width_to_1e9_degrees()
    {
        for (var epsg = 4491; epsg <= 4554; epsg++)
        {
            var crs = CrsRegistry.FromEpsg(epsg);
            var forward = new CrsTransformOp(new CrsTransformParameters(CrsRegistry.Cgcs2000, crs));
            var inverse = new CrsTransformOp(new CrsTransformParameters(crs, CrsRegistry.Cgcs2000));
            var cm = epsg switch
            {
                <= 4501 => (6 * (epsg - 4478)) - 3,
                <= 4512 => 75 + (6 * (epsg - 4502)),
                <= 4533 => 3 * (epsg - 4488),
                _ => 75 + (3 * (epsg - 4534)),
            };
            var halfWidth = epsg <= 4512 ? 3.0 : 1.5;
            for (var dLon = -halfWidth; dLon <= halfWidth; dLon += halfWidth / 2)
            {
                for (var lat = 18.0; lat <= 54.0; lat += 6.0)
                {
                    var start = new CrsPoint(cm + dLon, lat);
                    var back = inverse.Transform(forward.Transform(start));
                    Assert.True(MaxAbsDifference(start, back) < 1e-9, $"EPSG:{epsg} at {start}: {back}");
                }
            }
        }
    }

    [Fact]
    public void Wgs84_and_cgcs2000_are_the_identity()
    {
        var p = new CrsPoint(109.2, 26.68);

        Assert.Equal(p, Transform("WGS84", "CGCS2000", p.X, p.Y));
        Assert.Equal(p, Transform("EPSG:4490", "EPSG:4326", p.X, p.Y));
    }

    [Fact]
    public void Gcj02_and_bd09_ends_use_the_iterative_inverses()
    {
        var gcj = new LonLat(109.2, 26.68);
        var bd = new LonLat(109.2, 26.68);

        Assert.Equal(Gcj02.ToCgcs2000(gcj), ToLonLat(Transform("GCJ-02", "EPSG:4490", gcj.Lon, gcj.Lat)));
        Assert.Equal(Bd09.ToCgcs2000(bd), ToLonLat(Transform("BD-09", "EPSG:4490", bd.Lon, bd.Lat)));

        // BD-09 → GCJ-02 passes through CGCS2000, so it matches the direct inverse to the iteration tolerance.
        var viaCgcs2000 = Transform("BD-09", "GCJ-02", bd.Lon, bd.Lat);
        Assert.Equal(Bd09.ToGcj02(bd).Lon, viaCgcs2000.X, 1e-9);
        Assert.Equal(Bd09.ToGcj02(bd).Lat, viaCgcs2000.Y, 1e-9);
    }

    [Fact]
    public void Gauss_kruger_zone_converts_to_bd09_and_back()
    {
        var cgcs = new LonLat(109.2, 26.68);
        var zone = Transform("EPSG:4490", "EPSG:4524", cgcs.Lon, cgcs.Lat);

        var bd = Transform("EPSG:4524", "BD-09", zone.X, zone.Y);
        var back = Transform("BD-09", "EPSG:4524", bd.X, bd.Y);

        var expected = Bd09.FromCgcs2000(cgcs);
        Assert.Equal(expected.Lon, bd.X, 1e-9);
        Assert.Equal(expected.Lat, bd.Y, 1e-9);
        Assert.Equal(zone.X, back.X, 0.0001);
        Assert.Equal(zone.Y, back.Y, 0.0001);
    }

    [Fact]
    public void Wkt_on_beijing_1954_with_towgs84_is_shifted_like_proj()
    {
        // Expected: cs2cs (PROJ 9.1.1) +proj=lonlat +ellps=GRS80 +towgs84=0,0,0 +to +proj=tmerc +lon_0=117 +k=1 +x_0=500000
        // +ellps=krass +towgs84=15.8,-154.4,-82.3 for 116.3975 39.9087 → 448425.998 4419611.202.
        const string Beijing1954 = """PROJCS["Beijing 1954 / 3-degree Gauss-Kruger CM 117E",GEOGCS["Beijing 1954",DATUM["Beijing_1954",SPHEROID["Krassowsky 1940",6378245,298.3],TOWGS84[15.8,-154.4,-82.3,0,0,0,0]],PRIMEM["Greenwich",0],UNIT["degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["latitude_of_origin",0],PARAMETER["central_meridian",117],PARAMETER["scale_factor",1],PARAMETER["false_easting",500000],PARAMETER["false_northing",0],UNIT["metre",1],AUTHORITY["EPSG","2436"]]""";

        var crs = CrsRegistry.Parse(Beijing1954);
        var projected = CrsTransformOp.Transform(new CrsPoint(116.3975, 39.9087), new CrsTransformParameters(CrsRegistry.Cgcs2000, crs));

        Assert.Equal(CrsKind.OtherDatum, crs.Kind);
        Assert.Equal("EPSG:2436", crs.Identifier);
        Assert.Equal(448425.998, projected.X, 0.01);
        Assert.Equal(4419611.202, projected.Y, 0.01);
    }

    [Fact]
    public void Local_central_meridian_prj_puts_its_meridian_on_the_false_easting()
    {
        const string LocalGrid = """PROJCS["CGCS2000_GK_CM_117_30E",GEOGCS["GCS_China_Geodetic_Coordinate_System_2000",DATUM["D_China_2000",SPHEROID["CGCS2000",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Gauss_Kruger"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",117.5],PARAMETER["Scale_Factor",1.0],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]""";

        var projected = Transform("EPSG:4490", LocalGrid, 117.5, 31.0);

        Assert.Equal(500000.0, projected.X, 1e-6);
    }

    [Fact]
    public void Geometry_is_converted_into_a_copy_with_the_target_srid()
    {
        var reader = new WKTReader();
        var zone = reader.Read("POLYGON ((36619446.3989 2952735.6613, 36620446.3989 2952735.6613, 36620446.3989 2953735.6613, 36619446.3989 2952735.6613))");
        zone.SRID = 4524;
        var op = new CrsTransformOp(CrsTransformParameters.Parse("EPSG:4524", "EPSG:4490"));

        var geographic = op.Transform(zone);

        Assert.Equal(4490, geographic.SRID);
        Assert.Equal(36619446.3989, zone.Coordinates[0].X);
        Assert.Equal(109.2, geographic.Coordinates[0].X, 1e-9);
        Assert.Equal(26.68, geographic.Coordinates[0].Y, 1e-9);
        Assert.True(geographic.IsValid);
        Assert.Equal(0, new CrsTransformOp(CrsTransformParameters.Parse("EPSG:4490", "GCJ-02")).Transform(geographic).SRID);
    }

    [Fact]
    public void Geometry_z_values_are_kept()
    {
        var point = new GeometryFactory().CreatePoint(new CoordinateZ(116.404, 39.915, 43.5));
        var op = new CrsTransformOp(CrsTransformParameters.Parse("GCJ-02", "CGCS2000"));

        var converted = (Point)op.Transform(point);

        Assert.Equal(43.5, converted.Coordinate.Z);
        Assert.Equal(Gcj02.ToCgcs2000(new LonLat(116.404, 39.915)).Lon, converted.X);
    }

    private static LonLat ToLonLat(CrsPoint p) => new(p.X, p.Y);
}
