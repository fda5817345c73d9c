using System.Diagnostics;
using System.Globalization;
using GeoRelief.Core.Coordinates;
using GeoRelief.Core.Coordinates.Internal;
using Xunit.Abstractions;

namespace GeoRelief.Core.Tests.Coordinates;

public sealed class Gcj02Tests(ITestOutputHelper output)
{
    // Every 0.5° over the part of the offset box that holds China's territory.
    private static IEnumerable<LonLat> ChinaGrid()
    {
        for (var lon = 73.5; lon <= 135.0; lon += 0.5)
        {
            for (var lat = 18.0; lat <= 53.5; lat += 0.5)
            {
                yield return new LonLat(lon, lat);
            }
        }
    }

    private static LonLat OneStepInverse(LonLat gcj)
    {
        var image = Gcj02.FromCgcs2000(gcj);
        return new LonLat(gcj.Lon - (image.Lon - gcj.Lon), gcj.Lat - (image.Lat - gcj.Lat));
    }

    private static double MaxAbsDifference(LonLat a, LonLat b) => Math.Max(Math.Abs(a.Lon - b.Lon), Math.Abs(a.Lat - b.Lat));

    [Fact]
    public void Forward_reproduces_coordtransform_tiananmen()
    {
        // wandergis/coordtransform, test/app.js: wgs84togcj02(116.404, 39.915) printed as [116.41024449916938, 39.91640428150164].
        var gcj = Gcj02.FromCgcs2000(new LonLat(116.404, 39.915));

        Assert.Equal(116.41024449916938, gcj.Lon, 1e-9);
        Assert.Equal(39.91640428150164, gcj.Lat, 1e-9);
    }

    [Fact]
    public void Coordtransform_one_step_inverse_is_reproduced_and_is_metres_from_the_exact_inverse()
    {
        // wandergis/coordtransform, test/app.js: gcj02towgs84(116.404, 39.915) printed as [116.39775550083061, 39.91359571849836];
        // that library inverts in one step, which is why GeoRelief iterates.
        var gcj = new LonLat(116.404, 39.915);
        var oneStep = OneStepInverse(gcj);
        var exact = Gcj02.ToCgcs2000(gcj);

        Assert.Equal(116.39775550083061, oneStep.Lon, 1e-9);
        Assert.Equal(39.91359571849836, oneStep.Lat, 1e-9);
        // 6 cm here; the one-step error grows to metres towards the north-east (see the grid measurement below).
        Assert.InRange(GroundDistance.Metres(oneStep, exact), 0.01, 5.0);
        Assert.True(MaxAbsDifference(Gcj02.FromCgcs2000(exact), gcj) < 1e-10);
    }

    [Theory]
    [MemberData(nameof(PublishedReferencePoints.EviltransformWgsGcj), MemberType = typeof(PublishedReferencePoints))]
    public void Eviltransform_pairs_are_reproduced(string place, LonLat wgs, LonLat gcj)
    {
        var forward = Gcj02.FromCgcs2000(wgs);
        var inverse = Gcj02.ToCgcs2000(gcj);

        Assert.True(MaxAbsDifference(forward, gcj) < 5e-7, $"{place}: forward {forward}");
        Assert.True(GroundDistance.Metres(inverse, wgs) < 0.5, $"{place}: inverse {inverse}");
    }

    [Fact]
    public void Gcoord_single_point_is_reproduced()
    {
        // hujiulong/gcoord, test/unit/crs/WGS84.spec.ts and GCJ02.spec.ts @ 42ea29df479c739f9b39f9c8e939fb7ae39e5a3e, toBeCloseTo(…, 5).
        var forward = Gcj02.FromCgcs2000(new LonLat(123, 45));
        var inverse = Gcj02.ToCgcs2000(new LonLat(123, 45));

        Assert.Equal(123.00607541, forward.Lon, 5e-6);
        Assert.Equal(45.00197815, forward.Lat, 5e-6);
        Assert.Equal(122.99395597, inverse.Lon, 5e-6);
        Assert.Equal(44.99804071, inverse.Lat, 5e-6);
    }

    [Theory]
    [MemberData(nameof(PublishedReferencePoints.GcoordCities), MemberType = typeof(PublishedReferencePoints))]
    public void Gcoord_city_pairs_are_reproduced(string city, LonLat wgs, LonLat gcj, LonLat bd)
    {
        _ = bd;
        var forward = Gcj02.FromCgcs2000(wgs);
        var inverse = Gcj02.ToCgcs2000(gcj);

        Assert.True(MaxAbsDifference(forward, gcj) < 5e-5, $"{city}: forward {forward}");
        Assert.True(MaxAbsDifference(inverse, wgs) < 5e-5, $"{city}: inverse {inverse}");
    }

    [Theory]
    [InlineData(183.0, 45.0)] // gcoord's "not in China" case
    [InlineData(-0.1276, 51.5072)] // London
    [InlineData(72.0, 40.0)] // just west of the box
    [InlineData(138.0, 35.0)] // Japan, east of the box
    [InlineData(120.0, 0.5)] // south of the box
    [InlineData(100.0, 56.0)] // north of the box
    public void Outside_the_box_both_directions_are_the_identity(double lon, double lat)
    {
        var p = new LonLat(lon, lat);

        Assert.False(Gcj02.IsInsideOffsetBox(p));
        Assert.Equal(p, Gcj02.FromCgcs2000(p));
        Assert.Equal(p, Gcj02.ToCgcs2000(p));
    }

    [Fact]
    public void Box_bounds_are_inclusive()
    {
        Assert.True(Gcj02.IsInsideOffsetBox(new LonLat(Gcj02.MinLongitude, Gcj02.MinLatitude)));
        Assert.True(Gcj02.IsInsideOffsetBox(new LonLat(Gcj02.MaxLongitude, Gcj02.MaxLatitude)));
        Assert.NotEqual(new LonLat(Gcj02.MaxLongitude, Gcj02.MaxLatitude), Gcj02.FromCgcs2000(new LonLat(Gcj02.MaxLongitude, Gcj02.MaxLatitude)));
    }

    [Fact]
    public void Iterative_inverse_round_trips_to_1e9_degrees_over_china_and_converges_in_five_steps()
    {
        var worstResidual = 0.0;
        var worstFiveStepResidual = 0.0;
        foreach (var gcj in ChinaGrid())
        {
            var cgcs = Gcj02.ToCgcs2000(gcj);
            worstResidual = Math.Max(worstResidual, MaxAbsDifference(Gcj02.FromCgcs2000(cgcs), gcj));
            var fiveSteps = FixedPointInverse.Solve(Gcj02Offset.Apply, gcj, gcj, toleranceDegrees: 0, maxIterations: 5);
            worstFiveStepResidual = Math.Max(worstFiveStepResidual, MaxAbsDifference(Gcj02.FromCgcs2000(fiveSteps), gcj));
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"max |forward(inverse(g)) − g| = {worstResidual:E2}° (≈ {worstResidual * 111_320:E2} m); after exactly 5 steps {worstFiveStepResidual:E2}°"));
        Assert.True(worstResidual < 1e-9, $"worst residual {worstResidual}°");
        Assert.True(worstFiveStepResidual < 1e-9, $"worst residual after 5 steps {worstFiveStepResidual}°");
    }

    [Fact]
    public void One_step_inverse_error_is_measured_and_exceeds_the_iterative_error()
    {
        var worstOneStep = 0.0;
        var worstIterative = 0.0;
        var worstAt = default(LonLat);
        foreach (var gcj in ChinaGrid())
        {
            var exact = Gcj02.ToCgcs2000(gcj);
            var oneStep = GroundDistance.Metres(OneStepInverse(gcj), exact);
            if (oneStep > worstOneStep)
            {
                worstOneStep = oneStep;
                worstAt = gcj;
            }

            // The iterative result's own error, in metres on the ground: how far its forward image lands from the input.
            worstIterative = Math.Max(worstIterative, GroundDistance.Metres(Gcj02.FromCgcs2000(exact), gcj));
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"one-step inverse: up to {worstOneStep:F2} m (worst at {worstAt.Lon}°E {worstAt.Lat}°N); iterative: up to {worstIterative:E2} m"));
        Assert.True(worstIterative < 0.01, $"iterative error {worstIterative} m");
        Assert.True(worstOneStep > worstIterative);
        Assert.InRange(worstOneStep, 0.01, 10.0);
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void Throughput_of_one_million_inverses_is_reported()
    {
        const int Count = 1_000_000;
        var worstResidual = 0.0;
        var stopwatch = Stopwatch.StartNew();
        var sink = 0.0;
        for (var i = 0; i < Count; i++)
        {
            var cgcs = Gcj02.ToCgcs2000(new LonLat(97.0 + (i % 1000 * 0.035), 21.0 + (i / 1000 * 0.03)));
            sink += cgcs.Lon;
        }

        stopwatch.Stop();
        for (var i = 0; i < Count; i += 997)
        {
            var gcj = new LonLat(97.0 + (i % 1000 * 0.035), 21.0 + (i / 1000 * 0.03));
            worstResidual = Math.Max(worstResidual, MaxAbsDifference(Gcj02.FromCgcs2000(Gcj02.ToCgcs2000(gcj)), gcj));
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Count:N0} GCJ-02 inverses in {stopwatch.Elapsed.TotalMilliseconds:F0} ms = {Count / stopwatch.Elapsed.TotalSeconds:N0} per second (checksum {sink:F3})"));
        Assert.True(worstResidual < 1e-9);
    }
}
