using System.Globalization;
using GeoRelief.Core.Coordinates;
using Xunit.Abstractions;

namespace GeoRelief.Core.Tests.Coordinates;

public sealed class Bd09Tests(ITestOutputHelper output)
{
    private static double MaxAbsDifference(LonLat a, LonLat b) => Math.Max(Math.Abs(a.Lon - b.Lon), Math.Abs(a.Lat - b.Lat));

    [Fact]
    public void Coordtransform_tiananmen_pairs_are_reproduced()
    {
        // wandergis/coordtransform, test/app.js: gcj02tobd09(116.404, 39.915) = [116.41036949371029, 39.92133699351021] and the
        // closed-form bd09togcj02(116.404, 39.915) = [116.39762729119315, 39.90865673957631].
        var bd = Bd09.FromGcj02(new LonLat(116.404, 39.915));
        var closedForm = Bd09.ClosedFormInverse(new LonLat(116.404, 39.915));

        Assert.Equal(116.41036949371029, bd.Lon, 1e-9);
        Assert.Equal(39.92133699351021, bd.Lat, 1e-9);
        Assert.Equal(116.39762729119315, closedForm.Lon, 1e-9);
        Assert.Equal(39.90865673957631, closedForm.Lat, 1e-9);
    }

    [Fact]
    public void Gcoord_single_point_is_reproduced()
    {
        // hujiulong/gcoord, test/unit/crs/{GCJ02,BD09,WGS84}.spec.ts @ 42ea29df479c739f9b39f9c8e939fb7ae39e5a3e / 0bb92090a8e324921888043de75e5b31854d5309, toBeCloseTo(…, 5).
        var p = new LonLat(123, 45);
        (LonLat Actual, double Lon, double Lat)[] cases =
        [
            (Bd09.FromGcj02(p), 123.00636499, 45.00636899),
            (Bd09.ToGcj02(p), 122.99363304, 44.99365430),
            (Bd09.ToCgcs2000(p), 122.98762210, 44.99171540),
            (Bd09.FromCgcs2000(p), 123.0124491, 45.0083293),
        ];

        foreach (var (actual, lon, lat) in cases)
        {
            Assert.Equal(lon, actual.Lon, 5e-6);
            Assert.Equal(lat, actual.Lat, 5e-6);
        }
    }

    [Theory]
    [MemberData(nameof(PublishedReferencePoints.GcoordCities), MemberType = typeof(PublishedReferencePoints))]
    public void Gcoord_city_pairs_are_reproduced(string city, LonLat wgs, LonLat gcj, LonLat bd)
    {
        Assert.True(MaxAbsDifference(Bd09.FromGcj02(gcj), bd) < 5e-7, $"{city}: GCJ→BD {Bd09.FromGcj02(gcj)}");
        Assert.True(MaxAbsDifference(Bd09.ToGcj02(bd), gcj) < 5e-6, $"{city}: BD→GCJ {Bd09.ToGcj02(bd)}");
        Assert.True(MaxAbsDifference(Bd09.ToCgcs2000(bd), wgs) < 5e-5, $"{city}: BD→WGS {Bd09.ToCgcs2000(bd)}");
        Assert.True(MaxAbsDifference(Bd09.FromCgcs2000(wgs), bd) < 5e-5, $"{city}: WGS→BD {Bd09.FromCgcs2000(wgs)}");
    }

    [Fact]
    public void Closed_form_inverse_error_is_measured_and_the_iterative_inverse_is_exact()
    {
        var worstClosedForm = 0.0;
        var worstClosedFormMetres = 0.0;
        var worstIterative = 0.0;
        for (var lon = 73.5; lon <= 135.0; lon += 0.5)
        {
            for (var lat = 18.0; lat <= 53.5; lat += 0.5)
            {
                var bd = new LonLat(lon, lat);
                var exact = Bd09.ToGcj02(bd);
                var closedForm = Bd09.ClosedFormInverse(bd);
                worstClosedForm = Math.Max(worstClosedForm, MaxAbsDifference(closedForm, exact));
                worstClosedFormMetres = Math.Max(worstClosedFormMetres, GroundDistance.Metres(closedForm, exact));
                worstIterative = Math.Max(worstIterative, MaxAbsDifference(Bd09.FromGcj02(exact), bd));
            }
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"closed-form BD→GCJ: up to {worstClosedForm:E2}° ({worstClosedFormMetres:F3} m); iterative residual up to {worstIterative:E2}°"));
        Assert.True(worstIterative < 1e-9);
        Assert.True(worstClosedForm > worstIterative);
    }

    [Fact]
    public void Cgcs2000_to_bd09_is_the_composition_through_gcj02()
    {
        var cgcs = new LonLat(109.2, 26.68);

        Assert.Equal(Bd09.FromGcj02(Gcj02.FromCgcs2000(cgcs)), Bd09.FromCgcs2000(cgcs));
        Assert.True(GroundDistance.Metres(Bd09.ToCgcs2000(Bd09.FromCgcs2000(cgcs)), cgcs) < 0.001);
    }
}
