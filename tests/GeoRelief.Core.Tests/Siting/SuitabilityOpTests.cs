using GeoRelief.Core.Siting.Criteria;
using GeoRelief.Core.Siting.Scoring;

namespace GeoRelief.Core.Tests.Siting;

public sealed class SuitabilityOpTests
{
    private static SiteMeasurement Site(double slope = 1, ConstraintZones zones = ConstraintZones.None, HazardLevel hazard = HazardLevel.None,
        double road = 100, double seat = 1000, double jobs = 500, double school = 300, double clinic = 300, double? source = 5000, double elevation = 500) =>
        new(slope, elevation, zones, hazard, road, seat, jobs, school, clinic, source);

    [Theory]
    [InlineData(0, 100)]
    [InlineData(2, 100)]
    [InlineData(2.01, 80)]
    [InlineData(8, 80)]
    [InlineData(12, 60)]
    [InlineData(15, 60)]
    [InlineData(15.5, 40)]
    public void Slope_scores_follow_the_DOMAIN_bands(double degrees, double score) =>
        Assert.Equal(score, SuitabilityOp.Evaluate(Site(slope: degrees), new SuitabilityParameters()).Factors[(int)SuitabilityFactor.Slope].Score);

    [Fact]
    public void A_perfect_site_scores_100_with_no_obstacle()
    {
        var e = SuitabilityOp.Evaluate(Site(), new SuitabilityParameters());

        Assert.Equal(100, e.Score, 1e-9);
        Assert.Equal(SuitabilityClass.HighlySuitable, e.Class);
        Assert.Null(e.MainObstacle);
        Assert.All(e.Factors, f => Assert.Equal(0, f.ObstacleDegree));
    }

    [Fact]
    public void Obstacle_degrees_are_weighted_shortfalls_over_their_sum()
    {
        // Slope 10° scores 60 (w .25), hazard medium 60 (w .20), road 2.5 km 40 (w .15), others 100.
        // Shortfalls: .25·.4 = .10, .20·.4 = .08, .15·.6 = .09 → sum .27 → O = .370, .296, .333.
        var e = SuitabilityOp.Evaluate(Site(slope: 10, hazard: HazardLevel.Medium, road: 2500), new SuitabilityParameters());

        Assert.Equal(100 - 27, e.Score, 1e-9);
        Assert.Equal(0.10 / 0.27, e.Factors[(int)SuitabilityFactor.Slope].ObstacleDegree, 1e-12);
        Assert.Equal(0.08 / 0.27, e.Factors[(int)SuitabilityFactor.HazardSusceptibility].ObstacleDegree, 1e-12);
        Assert.Equal(0.09 / 0.27, e.Factors[(int)SuitabilityFactor.HardenedRoad].ObstacleDegree, 1e-12);
        Assert.Equal(SuitabilityFactor.Slope, e.MainObstacle);
        Assert.Equal(SuitabilityClass.Suitable, e.Class);
    }

    [Fact]
    public void Equal_obstacle_degrees_name_the_factor_listed_first()
    {
        // Road at 700 m scores 80 (w .15 → .03), school and clinic at 1.5 km score 60 (w .075 → .03 each).
        var e = SuitabilityOp.Evaluate(Site(road: 700, school: 1500, clinic: 1500), new SuitabilityParameters());

        Assert.Equal(SuitabilityFactor.HardenedRoad, e.MainObstacle);
    }

    [Fact]
    public void Each_zone_fails_its_own_constraint_and_excludes_the_site()
    {
        var e = SuitabilityOp.Evaluate(Site(zones: ConstraintZones.EcologicalRedLine | ConstraintZones.FloodZone), new SuitabilityParameters());

        Assert.Equal([HardConstraint.EcologicalRedLine, HardConstraint.FloodZone], e.Failed.ToArray());
        Assert.Equal(SuitabilityClass.Excluded, e.Class);
        Assert.Equal(0, e.Suitability);
        Assert.Equal(100, e.Score, 1e-9);
        Assert.StartsWith("inside", e.Constraints.Single(c => c.Constraint == HardConstraint.FloodZone).Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Slope_limit_in_percent_is_stricter_than_the_same_number_in_degrees()
    {
        // 20° = 36.4 %: passes a 25° limit, fails a 25 % (≈ 14.04°) limit.
        var degrees = new SuitabilityParameters { SlopeLimit = new Slope(25, SlopeUnit.Degrees) };
        var percent = new SuitabilityParameters { SlopeLimit = new Slope(25, SlopeUnit.Percent) };

        Assert.DoesNotContain(HardConstraint.SlopeLimit, SuitabilityOp.Evaluate(Site(slope: 20), degrees).Failed);
        Assert.Contains(HardConstraint.SlopeLimit, SuitabilityOp.Evaluate(Site(slope: 20), percent).Failed);
        Assert.DoesNotContain(HardConstraint.SlopeLimit, SuitabilityOp.Evaluate(Site(slope: 14), percent).Failed);
        Assert.Equal(14.036, new Slope(25, SlopeUnit.Percent).Degrees, 0.001);
        Assert.Equal(100, new Slope(45, SlopeUnit.Degrees).Percent, 1e-9);
    }

    [Fact]
    public void Altitude_source_distance_and_missing_DEM_are_hard_constraints()
    {
        var p = new SuitabilityParameters { AltitudeLimitMetres = 1000 };

        Assert.Contains(HardConstraint.AltitudeLimit, SuitabilityOp.Evaluate(Site(elevation: 1200), p).Failed);
        Assert.Contains(HardConstraint.SourceVillageDistance, SuitabilityOp.Evaluate(Site(source: 800), p).Failed);
        Assert.DoesNotContain(HardConstraint.SourceVillageDistance, SuitabilityOp.Evaluate(Site(source: null), p).Failed);
        var noDem = SuitabilityOp.Evaluate(Site() with { SlopeDegrees = null, ElevationMetres = null }, p);
        Assert.Equal([HardConstraint.SlopeLimit], noDem.Failed.ToArray());
    }

    [Fact]
    public void Direct_weights_are_normalised_and_a_zero_weight_factor_never_holds_a_site_back()
    {
        var p = new SuitabilityParameters { Weights = [2, 0, 0, 0, 0, 0, 2] };
        var e = SuitabilityOp.Evaluate(Site(slope: 10, hazard: HazardLevel.High, clinic: 10000), p);

        Assert.Equal((0.5 * 60) + (0.5 * 20), e.Score, 1e-9);
        Assert.Equal(0, e.Factors[(int)SuitabilityFactor.HazardSusceptibility].ObstacleDegree);
        Assert.Equal(SuitabilityFactor.Clinic, e.MainObstacle);
    }

    [Fact]
    public void Invalid_parameters_name_their_field()
    {
        Assert.Contains("weights", new SuitabilityParameters { Weights = [1, 2] }.Validate(), StringComparison.Ordinal);
        Assert.Contains("slopeScore", new SuitabilityParameters { SlopeScore = new BandedScore("°", [new(8, 80), new(2, 100)], 40) }.Validate(), StringComparison.Ordinal);
        Assert.Contains("classBreaks", new SuitabilityParameters { ClassBreaks = [40, 60, 80] }.Validate(), StringComparison.Ordinal);
        Assert.Null(new SuitabilityParameters().Validate());
    }
}
