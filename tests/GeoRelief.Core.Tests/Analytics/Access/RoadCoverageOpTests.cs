using GeoRelief.Core.Analytics.Access;
using NetTopologySuite.Geometries;

namespace GeoRelief.Core.Tests.Analytics.Access;

public sealed class RoadCoverageOpTests
{
    // On the sphere of radius R = (2a + b)/3 of CGCS2000, 1° of arc is R·π/180 = 111,195.080 m.
    private const double MetresPerDegree = RoadCoverageParameters.Cgcs2000SphereRadius * Math.PI / 180;

    private static readonly CoverageRoad Meridian = new("R", [new Coordinate(100, 0), new Coordinate(100, 0.04)]);

    [Fact]
    public void Beyond_the_end_of_a_road_the_distance_is_to_its_end()
    {
        var result = RoadCoverageOp.Compute([new CoverageSettlement("A", 100, 0.05, 40, 100)], [Meridian], new RoadCoverageParameters { ThresholdMetres = 500 });

        Assert.Equal(0.01 * MetresPerDegree, result.Settlements[0].DistanceM!.Value, 6);
        Assert.Equal(1111.951, result.Settlements[0].DistanceM!.Value, 3);
        Assert.False(result.Settlements[0].WithinThreshold);
    }

    [Fact]
    public void Beside_a_road_the_distance_is_the_perpendicular_to_the_great_circle()
    {
        // asin(cos 0.02° · sin 0.004°) · R
        var expected = RoadCoverageParameters.Cgcs2000SphereRadius * Math.Asin(Math.Cos(0.02 * Math.PI / 180) * Math.Sin(0.004 * Math.PI / 180));
        var result = RoadCoverageOp.Compute([new CoverageSettlement("C", 100.004, 0.02, 35, 300)], [Meridian], new RoadCoverageParameters { ThresholdMetres = 500 });

        Assert.Equal(expected, result.Settlements[0].DistanceM!.Value, 6);
        Assert.Equal(444.780, expected, 3);
        Assert.True(result.Settlements[0].WithinThreshold);
    }

    [Fact]
    public void On_the_threshold_counts_as_within_and_rai_weights_by_population()
    {
        var settlements = new[]
        {
            new CoverageSettlement("A", 100, 0.05, 40, 100),
            new CoverageSettlement("B", 100.02, 0.02, 10, 300),
            new CoverageSettlement("C", 101, 0.02, 50, 600),
        };
        var threshold = RoadCoverageOp.Compute([settlements[0]], [Meridian], new RoadCoverageParameters { ThresholdMetres = 0 }).Settlements[0].DistanceM!.Value;

        var result = RoadCoverageOp.Compute(settlements, [Meridian], new RoadCoverageParameters { ThresholdMetres = threshold });
        var fewHouseholdsLeftOut = RoadCoverageOp.Compute(settlements, [Meridian], new RoadCoverageParameters { ThresholdMetres = threshold, MinHouseholds = 30 });

        Assert.Equal([true, false, false], result.Settlements.Select(s => s.WithinThreshold));
        Assert.Equal((1000L, 100L), (result.Population, result.PopulationWithinThreshold));
        Assert.Equal(["A", "C"], fewHouseholdsLeftOut.Settlements.Select(s => s.Id));
    }

    [Fact]
    public void Without_roads_nothing_is_within_reach()
    {
        var result = RoadCoverageOp.Compute([new CoverageSettlement("A", 100, 0.05, 40, 100)], [], new RoadCoverageParameters { ThresholdMetres = 500 });

        Assert.Null(result.Settlements[0].DistanceM);
        Assert.Equal(0, result.WithinThreshold);
    }
}
