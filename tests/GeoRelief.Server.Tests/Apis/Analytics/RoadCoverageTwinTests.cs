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
