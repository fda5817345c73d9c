using GeoRelief.Core.Coordinates;

namespace GeoRelief.Core.Tests.Coordinates;

public sealed class CrsRegistryTests
{
    // ESRI .prj texts as written by ArcGIS and by GDAL/PROJ 9.1.1 (`projinfo EPSG:4527 -o WKT1_ESRI`).
    private const string EsriZone39 = """PROJCS["CGCS2000_3_Degree_GK_Zone_39",GEOGCS["GCS_China_Geodetic_Coordinate_System_2000",DATUM["D_China_2000",SPHEROID["CGCS2000",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Gauss_Kruger"],PARAMETER["False_Easting",39500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",117.0],PARAMETER["Scale_Factor",1.0],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]""";

    private const string EsriGeographicCgcs2000 = """GEOGCS["GCS_China_Geodetic_Coordinate_System_2000",DATUM["D_China_2000",SPHEROID["CGCS2000",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]""";

    private const string EsriGeographicWgs84 = """GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]""";

    // `projinfo EPSG:4527 -o WKT1_GDAL`, as PostGIS spatial_ref_sys.srtext and GDAL write it.
    private const string GdalZone39 = """
        PROJCS["CGCS2000 / 3-degree Gauss-Kruger zone 39",
            GEOGCS["China Geodetic Coordinate System 2000",
                DATUM["China_2000",SPHEROID["CGCS2000",6378137,298.257222101,AUTHORITY["EPSG","1024"]],AUTHORITY["EPSG","1043"]],
                PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],
                UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],
                AUTHORITY["EPSG","4490"]],
            PROJECTION["Transverse_Mercator"],
            PARAMETER["latitude_of_origin",0],
            PARAMETER["central_meridian",117],
            PARAMETER["scale_factor",1],
            PARAMETER["false_easting",39500000],
            PARAMETER["false_northing",0],
            UNIT["metre",1,AUTHORITY["EPSG","9001"]],
            AUTHORITY["EPSG","4527"]]
        """;

    [Theory]
    [InlineData("EPSG:4490", CrsKind.Cgcs2000)]
    [InlineData("4490", CrsKind.Cgcs2000)]
    [InlineData(" epsg:4490 ", CrsKind.Cgcs2000)]
    [InlineData("CGCS2000", CrsKind.Cgcs2000)]
    [InlineData("cgcs2000", CrsKind.Cgcs2000)]
    [InlineData("EPSG:4326", CrsKind.Wgs84)]
    [InlineData("4326", CrsKind.Wgs84)]
    [InlineData("WGS84", CrsKind.Wgs84)]
    [InlineData("WGS 84", CrsKind.Wgs84)]
    [InlineData("wgs-84", CrsKind.Wgs84)]
    [InlineData("GCJ-02", CrsKind.Gcj02)]
    [InlineData("GCJ02", CrsKind.Gcj02)]
    [InlineData("gcj02", CrsKind.Gcj02)]
    [InlineData("BD-09", CrsKind.Bd09)]
    [InlineData("BD09", CrsKind.Bd09)]
    [InlineData("EPSG:4527", CrsKind.Projected)]
    [InlineData("EPSG:3857", CrsKind.Projected)]
    [InlineData("32649", CrsKind.Projected)]
    [InlineData("EPSG:32750", CrsKind.Projected)]
    public void Identifiers_are_parsed(string identifier, CrsKind kind)
    {
        Assert.Equal(kind, CrsRegistry.Parse(identifier).Kind);
    }

    [Fact]
    public void Every_cgcs2000_gauss_kruger_code_is_a_projected_system_with_its_registered_name()
    {
        for (var epsg = 4491; epsg <= 4554; epsg++)
        {
            var crs = CrsRegistry.Parse($"EPSG:{epsg}");

            Assert.Equal(CrsKind.Projected, crs.Kind);
            Assert.Equal(epsg, crs.EpsgCode);
            Assert.False(crs.IsGeographic);
            Assert.StartsWith("CGCS2000 / ", crs.Name, StringComparison.Ordinal);
            Assert.Same(crs, CrsRegistry.FromEpsg(epsg));
        }

        Assert.Equal("CGCS2000 / 3-degree Gauss-Kruger zone 39", CrsRegistry.FromEpsg(4527).Name);
        Assert.Equal("CGCS2000 / 3-degree Gauss-Kruger CM 117E", CrsRegistry.FromEpsg(4548).Name);
        Assert.Equal("CGCS2000 / Gauss-Kruger zone 13", CrsRegistry.FromEpsg(4491).Name);
        Assert.Equal("CGCS2000 / Gauss-Kruger CM 135E", CrsRegistry.FromEpsg(4512).Name);
    }

    [Theory]
    [InlineData("EPSG:9999")]
    [InlineData("4555")]
    [InlineData("Xian80")]
    [InlineData("")]
    public void Unknown_identifiers_are_refused_naming_the_input_and_listing_what_is_supported(string identifier)
    {
        var error = Assert.Throws<ArgumentException>(() => CrsRegistry.Parse(identifier));

        Assert.Contains($"'{identifier}'", error.Message, StringComparison.Ordinal);
        Assert.Contains("EPSG:4491–4554", error.Message, StringComparison.Ordinal);
        Assert.Contains("GCJ-02", error.Message, StringComparison.Ordinal);
        Assert.Contains(".prj", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_epsg_code_is_refused_by_number()
    {
        var error = Assert.Throws<ArgumentException>(() => CrsRegistry.FromEpsg(2385));

        Assert.Contains("2385", error.Message, StringComparison.Ordinal);
        Assert.Contains("CGCS2000", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Esri_prj_of_a_zone_is_recognised_as_its_epsg_code()
    {
        Assert.Same(CrsRegistry.FromEpsg(4527), CrsRegistry.Parse(EsriZone39));
    }

    [Fact]
    public void Gdal_wkt_of_a_zone_is_recognised_as_its_epsg_code()
    {
        Assert.Same(CrsRegistry.FromEpsg(4527), CrsRegistry.Parse(GdalZone39));
    }

    [Theory]
    [InlineData("CGCS2000_3_Degree_GK_CM_117E", "117.0", 4548)]
    [InlineData("CGCS2000_3_Degree_GK_CM_75E", "75.0", 4534)]
    [InlineData("CGCS2000_GK_CM_75E", "75.0", 4502)]
    [InlineData("CGCS2000_GK_CM_111E", "111.0", 4508)]
    public void Esri_prj_without_zone_prefix_is_recognised_and_the_name_settles_3_versus_6_degrees(string name, string centralMeridian, int expectedEpsg)
    {
        var wkt = EsriZone39
            .Replace("CGCS2000_3_Degree_GK_Zone_39", name, StringComparison.Ordinal)
            .Replace("39500000.0", "500000.0", StringComparison.Ordinal)
            .Replace("PARAMETER[\"Central_Meridian\",117.0]", $"PARAMETER[\"Central_Meridian\",{centralMeridian}]", StringComparison.Ordinal);

        Assert.Equal(expectedEpsg, CrsRegistry.Parse(wkt).EpsgCode);
    }

    [Fact]
    public void Geographic_prj_files_map_to_cgcs2000_and_wgs84()
    {
        Assert.Same(CrsRegistry.Cgcs2000, CrsRegistry.Parse(EsriGeographicCgcs2000));
        Assert.Same(CrsRegistry.Wgs84, CrsRegistry.Parse(EsriGeographicWgs84));
    }

    [Fact]
    public void Prj_with_a_local_central_meridian_is_a_projected_system_without_epsg_code()
    {
        var wkt = EsriZone39
            .Replace("CGCS2000_3_Degree_GK_Zone_39", "CGCS2000_GK_CM_117_30E", StringComparison.Ordinal)
            .Replace("39500000.0", "500000.0", StringComparison.Ordinal)
            .Replace("PARAMETER[\"Central_Meridian\",117.0]", "PARAMETER[\"Central_Meridian\",117.5]", StringComparison.Ordinal);

        var crs = CrsRegistry.Parse(wkt);

        Assert.Equal(CrsKind.Projected, crs.Kind);
        Assert.Null(crs.EpsgCode);
        Assert.Equal("CGCS2000_GK_CM_117_30E", crs.Identifier);
    }

    [Fact]
    public void Prj_on_another_datum_without_towgs84_is_refused_with_advice()
    {
        const string Beijing1954 = """PROJCS["Beijing_1954_3_Degree_GK_CM_117E",GEOGCS["GCS_Beijing_1954",DATUM["D_Beijing_1954",SPHEROID["Krasovsky_1940",6378245.0,298.3]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Gauss_Kruger"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",117.0],PARAMETER["Scale_Factor",1.0],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]""";

        var error = Assert.Throws<ArgumentException>(() => CrsRegistry.Parse(Beijing1954));

        Assert.Contains("D_Beijing_1954", error.Message, StringComparison.Ordinal);
        Assert.Contains("TOWGS84", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("PROJCS[\"broken\",")]
    [InlineData("GEOGCS[nonsense]")]
    public void Malformed_wkt_is_refused(string wkt)
    {
        var error = Assert.Throws<ArgumentException>(() => CrsRegistry.Parse(wkt));

        Assert.Contains("WKT", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Wkt_with_a_projection_projnet_lacks_is_refused_at_parse_time()
    {
        var wkt = EsriZone39.Replace("Gauss_Kruger", "Bonne", StringComparison.Ordinal);

        var error = Assert.Throws<ArgumentException>(() => CrsRegistry.Parse(wkt));

        Assert.Contains("cannot be converted", error.Message, StringComparison.Ordinal);
    }
}
