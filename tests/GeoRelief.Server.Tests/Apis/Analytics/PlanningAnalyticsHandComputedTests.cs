using GeoRelief.Core.Analytics.Access;
using GeoRelief.Data.Tests;
using GeoRelief.Server.Apis.Analytics;
using NetTopologySuite.Geometries;

namespace GeoRelief.Server.Tests.Apis.Analytics;

/// <summary>
/// Every analysis on the hand-made county of analytics_fixture.sql, against figures worked out by hand. Distances are
/// great-circle on the sphere of radius R = (2a + b)/3 = 6,371,008.771 m: 0.01° along a meridian is 1,111.951 m.
/// </summary>
public sealed class PlanningAnalyticsHandComputedTests(AnalyticsFixture fixture) : IClassFixture<AnalyticsFixture>
{
    private const double MetresPerDegree = RoadCoverageParameters.Cgcs2000SphereRadius * Math.PI / 180;

    [DatabaseFact]
    public async Task Poverty_per_township_is_incidence_density_change_exit_and_poor_villages()
    {
        var result = await fixture.RunAsync("poverty", ("within", "520101"), ("year", "2018"));
        var report = Assert.IsType<PovertyReport>(result.Report);

        Assert.Equal(["520101100", "520101101", "520101102", "520101103"], report.Units.Select(u => u.Code));
        var (a, b, c) = (report.Units[0], report.Units[1], report.Units[2]);
        // 甲镇: 10 poor of 100 → 10 %, 20 % the year before → −10 points; above the western 3 % → not eligible.
        Assert.Equal((100, 10, 10.0, 20.0, -10.0), (a.RegisteredPopulation, a.PoorPopulation, a.IncidencePct!.Value, a.PreviousIncidencePct!.Value, a.IncidenceChangePoints!.Value));
        Assert.Equal(("notEligible", 3.0), (a.ExitStatus, a.ExitThresholdPct));
        // 0.1° × 0.1° at the equator on the ellipsoid: 11.132 km × 11.057 km ≈ 123.09 km².
        Assert.InRange(a.AreaKm2!.Value, 122.5, 123.6);
        Assert.Equal(10 / a.AreaKm2.Value, a.DensityPerKm2!.Value, 3);
        // One household under monitoring for 4 exited: 25 %.
        Assert.Equal(25.0, a.MonitoredPerExitedPct);
        // 乙镇: 5 of 500 → 1 %, from 2 %; at or below 3 % → eligible.
        Assert.Equal((1.0, -1.0, "eligible"), (b.IncidencePct!.Value, b.IncidenceChangePoints!.Value, b.ExitStatus));
        Assert.Equal((5.0, 0.0, "notEligible"), (c.IncidencePct!.Value, c.IncidenceChangePoints!.Value, c.ExitStatus));
        // Province: 21 of 800 = 2.625 %; a poor village needs ≥ 5.25 %: 甲村 (10 %) is, 丙村 (5 %) is not.
        Assert.Equal(2.625, report.ProvincialIncidencePct["52"]!.Value, 4);
        Assert.Equal([1, 0, 0, 0], report.Units.Select(u => u.PoorVillages));
        Assert.Equal(2018, report.Year);
        Assert.Equal("2018", result.Parameters["year"]?.ToString());
    }

    [DatabaseFact]
    public async Task Poverty_at_village_level_flags_the_poor_village()
    {
        var report = Assert.IsType<PovertyReport>((await fixture.RunAsync("poverty", ("within", "520101"), ("level", "village"), ("year", "2018"))).Report);

        Assert.Equal([true, false, false, false], report.Units.Select(u => u.PoorVillage));
    }

    [DatabaseFact]
    public async Task The_time_series_gives_every_year()
    {
        var report = Assert.IsType<PovertySeriesReport>((await fixture.RunAsync("poverty-series", ("code", "520101"))).Report);

        Assert.Equal([2017, 2018], report.Years.Select(y => y.Year));
        Assert.Equal([37L, 21L], report.Years.Select(y => y.PoorPopulation));
        Assert.Equal(4.625, report.Years[0].IncidencePct);
    }

    [DatabaseFact]
    public async Task Jenks_with_two_classes_splits_1_5_from_10()
    {
        // Incidences 10, 1, 5, 1: {1, 1, 5 | 10} (squared deviations 10.67 + 0) beats {1, 1 | 5, 10} (0 + 12.5).
        var report = Assert.IsType<ClassifyReport>((await fixture.RunAsync("classify", ("within", "520101"), ("year", "2018"), ("k", "2"))).Report);

        Assert.Equal([5.0, 10.0], report.Breaks);
        Assert.Equal([3, 1], report.ClassCounts);
        Assert.Equal([1, 0, 0, 0], report.Units.Select(u => u.Class));
    }

    [DatabaseFact]
    public async Task Hot_spots_report_the_township_without_neighbours()
    {
        var report = Assert.IsType<HotSpotsReport>((await fixture.RunAsync("hotspots", ("within", "520101"), ("year", "2018"), ("permutations", "99"))).Report);

        Assert.Equal(["520101102"], report.UnitsWithoutNeighbours);
        Assert.Equal([2, 1, 0, 1], report.Units.Select(u => u.Neighbours));
        Assert.Equal("noNeighbours", report.Units[2].HotSpot);
        Assert.Equal("noNeighbours", report.Units[2].Cluster);
    }

    [DatabaseFact]
    public async Task Road_coverage_connects_C_only_and_ranks_D_before_A()
    {
        var result = await fixture.RunAsync("road-coverage", ("within", "520101"), ("maxMinutes", "600"));
        var report = Assert.IsType<RoadCoverageReport>(result.Report);

        // B (20 households) and E (10) are left out; C is 0.004° of longitude (444.780 m) from R2.
        Assert.Equal((3, 1), (report.Villages, report.ConnectedVillages));
        Assert.Equal(["D", "A"], report.Unconnected.Select(v => v.Id));
        Assert.Equal("R1", report.Unconnected[1].NearestRoadId);
        Assert.Equal(0.01 * MetresPerDegree, report.Unconnected[1].NearestRoadDistanceM!.Value, 2);
        Assert.Equal("R2", report.Unconnected[0].NearestRoadId);
        Assert.Equal([0, 1, 0], report.Units.Select(u => u.ConnectedVillages));
        // Hardened road per year: R1 (2017) and R2 (2018), 0.04° of meridian each (4.423 km); the earth road R3 is not hardened.
        Assert.Equal([(int?)2017, 2018], report.HardenedRoadKm.Select(k => k.YearBuilt));
        Assert.All(report.HardenedRoadKm, k => Assert.Equal(4.423, k.Km, 3));
    }

    [DatabaseFact]
    public async Task A_village_exactly_on_the_threshold_counts_as_connected()
    {
        var first = Assert.IsType<RoadCoverageReport>((await fixture.RunAsync("road-coverage", ("within", "520101"), ("travelTime", "false"))).Report);
        var distance = (await DistanceOfCAsync(fixture))!.Value;
        Assert.Equal(444.780, distance, 3);

        var onThreshold = Assert.IsType<RoadCoverageReport>((await fixture.RunAsync(
            "road-coverage", ("within", "520101"), ("travelTime", "false"), ("maxDistanceM", distance.ToString("R", System.Globalization.CultureInfo.InvariantCulture)))).Report);
        var justShort = Assert.IsType<RoadCoverageReport>((await fixture.RunAsync(
            "road-coverage", ("within", "520101"), ("travelTime", "false"), ("maxDistanceM", (distance - 0.001).ToString("R", System.Globalization.CultureInfo.InvariantCulture)))).Report);

        Assert.Equal(1, first.ConnectedVillages);
        Assert.Equal(1, onThreshold.ConnectedVillages);
        Assert.Equal(0, justShort.ConnectedVillages);
        Assert.Contains(justShort.Unconnected, v => v.Id == "C");

        // The pure twin agrees on the distance and on the rule (distance ≤ threshold).
        var core = RoadCoverageOp.Compute(
            [new CoverageSettlement("C", 100.15, 0.02, 35, 300)],
            [new CoverageRoad("R2", [new Coordinate(100.154, 0), new Coordinate(100.154, 0.04)])],
            new RoadCoverageParameters { ThresholdMetres = distance });
        Assert.Equal(distance, core.Settlements[0].DistanceM!.Value, 6);
        Assert.True(core.Settlements[0].WithinThreshold);
    }

    [DatabaseFact]
    public async Task Rai_is_600_of_800_within_2_km_and_300_of_800_within_1_km()
    {
        var twoKm = Assert.IsType<RaiReport>((await fixture.RunAsync("rai", ("within", "520101"))).Report);
        var oneKm = Assert.IsType<RaiReport>((await fixture.RunAsync("rai", ("within", "520101"), ("distanceM", "1000"))).Report);

        // A 1,112 m, B 1,198 m, C 445 m from a hardened road; D and E more than 10 km.
        Assert.Equal((800L, 600L, "buffer"), (twoKm.Population, twoKm.PopulationWithinReach, twoKm.Definition));
        Assert.Equal(75.0, twoKm.RaiPct!.Value, 4);
        Assert.Equal((800L, 300L), (oneKm.Population, oneKm.PopulationWithinReach));
        Assert.Equal([0L, 300L, 0L, 0L], oneKm.Units.Select(u => u.PopulationWithinReach));
    }

    [DatabaseFact]
    public async Task Job_access_by_network_and_by_labelled_straight_line_with_2sfca()
    {
        var report = Assert.IsType<JobAccessReport>((await fixture.RunAsync("job-access", ("within", "520101"))).Report);

        // S1 lies 2.49 km from the network (> snapM 2 km): straight line to IB1, √(0.01² + 0.015²)° = 2,004.6 m.
        var site = Assert.Single(report.Sites);
        Assert.Equal(("straight_line", 1, 100.0), (site.Method, site.BasesWithinReach, site.JobsWithinReach));
        Assert.Equal(Math.Sqrt((0.01 * 0.01) + (0.015 * 0.015)) * MetresPerDegree, site.NearestBaseM!.Value, 0);
        // A: walk 0.01° to R1's end, where IB1 (0.005° away) joins the network too: 1,667.9 m by network.
        var a = report.Villages.Single(v => v.Id == "A");
        Assert.Equal("network", a.Method);
        Assert.Equal(0.015 * MetresPerDegree, a.NearestBaseM!.Value, 0);
        // 2SFCA: IB1 has 100 jobs for 40 (S1) + 10 (A) people → R = 2; both score 2.
        Assert.Equal((2.0, 2.0), (site.Score, a.Score));
        Assert.All(report.Villages.Where(v => v.Id != "A"), v => Assert.Equal((0, 0.0), (v.BasesWithinReach, v.Score)));
        Assert.Equal(["520101101", "520101102", "520101103"], report.UnitsWhosePoorReachNoBase);
        Assert.Equal(2018, report.Year);
    }

    [DatabaseFact]
    public async Task Relocation_progress_is_behind_schedule_three_quarters_into_the_year()
    {
        var onTime = Assert.IsType<RelocationReport>((await fixture.RunAsync("relocation-progress", ("within", "520101"), ("asOf", "2018-07-02"))).Report);
        var late = Assert.IsType<RelocationReport>((await fixture.RunAsync("relocation-progress", ("within", "520101"), ("asOf", "2018-10-01"))).Report);

        // 182 of 364 days → 50 % expected, 50 % done; 273 of 364 → 75 % expected.
        Assert.Equal((50.0, false), (onTime.Sites[0].ExpectedProgressPct!.Value, onTime.Sites[0].BehindSchedule));
        Assert.Equal((75.0, true), (late.Sites[0].ExpectedProgressPct!.Value, late.Sites[0].BehindSchedule));
        Assert.Equal((10, 5, 50.0, 1, 1L), (late.Total.PlannedHouseholds, late.Total.MovedInHouseholds, late.Sites[0].MovedInPct!.Value, late.Total.SitesBehindSchedule, late.Total.SourceVillages));
        Assert.Equal(["B"], late.Sites[0].SourceVillageIds);
    }

    [DatabaseFact]
    public async Task A_result_is_cached_until_an_edit_bumps_the_data_version()
    {
        var first = await fixture.RunAsync("rai", ("within", "520101"), ("distanceM", "1500"));
        var again = await fixture.RunAsync("rai", ("within", "520101"), ("distanceM", "1500"));
        Assert.Same(first, again);

        await using (var edit = fixture.Database.DataSource.CreateCommand("UPDATE georelief.natural_village SET population = population WHERE id = 'D'"))
        {
            await edit.ExecuteNonQueryAsync();
        }

        var after = await fixture.RunAsync("rai", ("within", "520101"), ("distanceM", "1500"));
        Assert.NotSame(first, after);
        Assert.True(after.DataVersion > first.DataVersion);
    }

    [DatabaseTheory]
    [InlineData("poverty", "level", "town")]
    [InlineData("poverty", "year", "20x8")]
    [InlineData("road-coverage", "maxDistanceM", "-5")]
    [InlineData("rai", "definition", "walking")]
    [InlineData("classify", "method", "natural")]
    [InlineData("hotspots", "weights", "bishop")]
    [InlineData("relocation-progress", "asOf", "2018/10/01")]
    public async Task A_bad_parameter_is_named(string analysis, string parameter, string value)
    {
        var e = await Assert.ThrowsAsync<AnalyticsParameterException>(() => fixture.RunAsync(analysis, ("within", "520101"), (parameter, value)));

        Assert.Equal(parameter, e.Parameter);
    }

    private static async Task<double?> DistanceOfCAsync(AnalyticsFixture fixture)
    {
        // At 100 m C is unconnected, so its distance is measured.
        await foreach (var v in fixture.Store.RoadCoverageAsync("520101", 30, 100, CancellationToken.None))
        {
            if (v.Id == "C")
            {
                return v.DistanceM;
            }
        }

        return null;
    }
}
