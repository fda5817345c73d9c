using GeoRelief.Core.Coordinates;
using GeoRelief.Core.Coordinates.Internal;

namespace GeoRelief.Core.Tests.Coordinates;

public sealed class GaussKrugerZonesTests
{
    [Theory]
    [InlineData(117.0, 4527)] // on the central meridian of zone 39
    [InlineData(109.2, 4524)] // 锦屏县, zone 36
    [InlineData(122.5, 4529)] // 扎赉特旗, zone 41
    [InlineData(118.5, 4528)] // a zone edge goes east
    [InlineData(118.4999, 4527)]
    [InlineData(73.5, 4513)]
    [InlineData(136.4999, 4533)]
    public void Three_degree_zone_is_chosen_by_longitude(double longitude, int expectedEpsg)
    {
        Assert.Equal(expectedEpsg, GaussKrugerZones.ThreeDegreeEpsgForLongitude(longitude));
    }

    [Theory]
    [InlineData(73.4)]
    [InlineData(136.5)]
    [InlineData(26.68)] // a latitude passed by mistake
    [InlineData(double.NaN)]
    public void Longitude_outside_the_zones_is_refused_with_the_valid_range(double longitude)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => GaussKrugerZones.ThreeDegreeEpsgForLongitude(longitude));

        Assert.Contains("73.5", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_zone_code_follows_the_registered_pattern_and_is_recognised_from_its_parameters()
    {
        for (var epsg = GaussKrugerZone.FirstEpsg; epsg <= GaussKrugerZone.LastEpsg; epsg++)
        {
            var zone = GaussKrugerZone.FromEpsg(epsg)!.Value;
            var (width, cm, fe) = epsg switch
            {
                <= 4501 => (6, (6 * (epsg - 4478)) - 3, ((epsg - 4478) * 1e6) + 500000),
                <= 4512 => (6, 75 + (6 * (epsg - 4502)), 500000.0),
                <= 4533 => (3, 3 * (epsg - 4488), ((epsg - 4488) * 1e6) + 500000),
                _ => (3, 75 + (3 * (epsg - 4534)), 500000.0),
            };

            Assert.Equal((width, cm, fe), (zone.WidthDegrees, zone.CentralMeridian, zone.FalseEasting));
            Assert.Equal(epsg, GaussKrugerZone.EpsgFromParameters(zone.CentralMeridian, zone.FalseEasting, zone.Name));
        }
    }

    [Theory]
    [InlineData(4490)]
    [InlineData(4490 + 65)]
    public void Codes_outside_the_range_are_not_zones(int epsg)
    {
        Assert.Null(GaussKrugerZone.FromEpsg(epsg));
    }

    [Theory]
    [InlineData(117.5, 500000.0)] // a local (arbitrary) central meridian
    [InlineData(117.0, 40500000.0)] // prefix of the wrong zone
    [InlineData(117.0, 500123.0)]
    [InlineData(138.0, 500000.0)]
    public void Parameters_of_no_registered_zone_give_no_code(double centralMeridian, double falseEasting)
    {
        Assert.Null(GaussKrugerZone.EpsgFromParameters(centralMeridian, falseEasting, "custom"));
    }
}
