using GeoRelief.Core.Analytics.Access;
using GeoRelief.Core.Sample.Features;
using GeoRelief.Data.Analytics;
using GeoRelief.Data.Sample;
using GeoRelief.Data.Tests;

namespace GeoRelief.Server.Tests.Apis.Analytics;

/// <summary>The coverage and RAI computed in PostGIS equal the pure Core twin (RoadCoverageOp) on the sample of 锦屏县.</summary>
public sealed class RoadCoverageTwinTests(SampleServerFactory factory) : IClassFixture<SampleServerFactory>
{
    private static readonly SampleDataset Sample = SampleGenerator.Generate(SampleDivisions.ReadEmbedded());

    [DatabaseFact]
    public async Task Sql_coverage_equals_core_village_by_village()
    {
        var store = await StoreAsync();
        var sql = new Dictionary<string, VillageRoadAccess>(StringComparer.Ordinal);
        await foreach (var v in store.RoadCoverageAsync("522628", 30, 500, CancellationToken.None))
        {
            sql[v.Id] = v;
        }

        var core = RoadCoverageOp.Compute(Settlements(), HardenedRoads(), new RoadCoverageParameters { MinHouseholds = 30, ThresholdMetres = 500 });

        Assert.Equal(core.Settlements.Count, sql.Count);
        Assert.Equal(core.WithinThreshold, sql.Values.Count(v => v.Connected));
        Assert.All(core.Settlements, c =>
        {
            var s = sql[c.Id];
            Assert.Equal(c.WithinThreshold, s.Connected);
            if (s.DistanceM is { } measured)
            {
                Assert.Equal(c.DistanceM!.Value, measured, 3);
            }
            else
            {
                // Settled by the quick planar test: only ever for villages well within the threshold.
                Assert.True(s.Connected && c.DistanceM < 500);
            }

            if (!s.Connected)
            {
                // Two roads may be equally near (they meet at a vertex): the road SQL names must be at the nearest distance.
                var village = Settlements().Single(v => v.Id == c.Id);
                var named = RoadCoverageOp.Compute([village], HardenedRoads().Where(r => r.Id == s.NearestRoadId).ToList(), new RoadCoverageParameters { ThresholdMetres = 500 });
                Assert.Equal(c.DistanceM!.Value, named.Settlements[0].DistanceM!.Value, 3);
            }
        });
    }

    [DatabaseFact]
    public async Task Sql_rai_equals_core()
    {
        var store = await StoreAsync();
        long population = 0, reached = 0;
        // At 500 m rather than the RAI's 2 km, at which every village of the sample is within reach.
        await foreach (var v in store.RuralAccessAsync("522628", 500, network: false, CancellationToken.None))
        {
            population += v.Population;
            reached += v.WithinReach ? v.Population : 0;
        }

        var core = RoadCoverageOp.Compute(Settlements(), HardenedRoads(), new RoadCoverageParameters { ThresholdMetres = 500 });

        Assert.Equal(core.Population, population);
        Assert.Equal(core.PopulationWithinThreshold, reached);
        Assert.True(reached < population);
    }

    [DatabaseFact]
    public async Task The_maps_near_hardened_road_draws_the_line_where_the_analysis_does()
    {
        await StoreAsync();
        // Every settlement's distance to its nearest hardened road, whatever the threshold.
        var core = RoadCoverageOp.Compute(Settlements(), HardenedRoads(), new RoadCoverageParameters { ThresholdMetres = 1e7 });
        // Most lie on a road (the sample's roads run through them); the others, over a metre away, are the test.
        var sampled = core.Settlements.Where(s => s.DistanceM > 1).ToList();
        Assert.True(sampled.Count > 100, $"{sampled.Count} of {core.Settlements.Count} settlements lie over a metre from a hardened road");

        // The tile layer and the legend (georelief.near_hardened_road) must put each village on the same side of the
        // threshold as the analysis: tested a centimetre either side of its own distance.
        await using var command = factory.Database.DataSource.CreateCommand(
            "SELECT georelief.near_hardened_road(geom, $2) FROM georelief.natural_village WHERE id = $1");
        foreach (var settlement in sampled)
        {
            foreach (var (threshold, expected) in new[] { (settlement.DistanceM!.Value + 0.01, true), (settlement.DistanceM!.Value - 0.01, false) })
            {
                command.Parameters.Clear();
                command.Parameters.AddWithValue(settlement.Id);
                command.Parameters.AddWithValue(threshold);
                Assert.True(expected == (bool)(await command.ExecuteScalarAsync())!, $"{settlement.Id} at {threshold:F2} m: expected {expected}");
            }
        }
    }

    private async Task<AnalyticsStore> StoreAsync()
    {
        // Starting the server loads the sample into its database.
        using var client = factory.CreateClient();
        using var health = await client.GetAsync(new Uri("/health", UriKind.Relative));
        return new AnalyticsStore(factory.Database.DataSource);
    }

    private static List<CoverageSettlement> Settlements() =>
        Sample.NaturalVillages
            .Where(v => v.VillageCode.StartsWith("522628", StringComparison.Ordinal))
            .Select(v => new CoverageSettlement(v.Id, v.Location.X, v.Location.Y, v.Households, v.Population))
            .ToList();

    private static List<CoverageRoad> HardenedRoads() =>
        Sample.Roads.Where(r => r.IsHardened).Select(r => new CoverageRoad(r.Id, r.Geometry.Coordinates)).ToList();
}
