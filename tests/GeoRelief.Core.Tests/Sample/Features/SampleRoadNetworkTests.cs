using GeoRelief.Core.Sample.Features;
using NetTopologySuite.Geometries;

namespace GeoRelief.Core.Tests.Sample.Features;

public sealed class SampleRoadNetworkTests
{
    private static SampleDataset D => SampleFixture.Dataset;

    public static TheoryData<string> Counties => ["522628", "152223"];

    [Theory]
    [MemberData(nameof(Counties))]
    public void Roads_form_one_connected_network_inside_the_county(string county)
    {
        var roads = D.Roads.Where(r => r.Id.StartsWith(county, StringComparison.Ordinal)).ToList();
        var boundary = D.AdminUnits.Single(u => u.Code == county).Geometry!;

        // Union-find over roads: two roads are joined when they share a vertex.
        var parent = Enumerable.Range(0, roads.Count).ToArray();
        int Find(int i) => parent[i] == i ? i : parent[i] = Find(parent[i]);
        var owner = new Dictionary<(double, double), int>();
        for (var i = 0; i < roads.Count; i++)
        {
            Assert.True(boundary.Covers(roads[i].Geometry), $"{roads[i].Id} leaves the county.");
            foreach (var c in roads[i].Geometry.Coordinates)
            {
                if (owner.TryGetValue((c.X, c.Y), out var other))
                {
                    parent[Find(i)] = Find(other);
                }
                else
                {
                    owner[(c.X, c.Y)] = i;
                }
            }
        }

        Assert.Single(Enumerable.Range(0, roads.Count).Select(Find).Distinct());
    }

    [Theory]
    [MemberData(nameof(Counties))]
    public void Some_large_natural_villages_have_no_hardened_road_within_500_m(string county)
    {
        var villages = D.NaturalVillages.Where(v => v.Id.StartsWith(county, StringComparison.Ordinal) && v.Households >= 30).ToList();
        var centre = villages[0].Location.Coordinate;
        var metresPerDegreeX = 111_320 * Math.Cos(centre.Y * Math.PI / 180);
        const double MetresPerDegreeY = 110_574;
        var planar = new GeometryFactory();
        Coordinate Metres(Coordinate c) => new((c.X - centre.X) * metresPerDegreeX, (c.Y - centre.Y) * MetresPerDegreeY);
        var hardened = planar.CreateMultiLineString([.. D.Roads
            .Where(r => r.Id.StartsWith(county, StringComparison.Ordinal) && r.IsHardened)
            .Select(r => planar.CreateLineString([.. r.Geometry.Coordinates.Select(Metres)]))]);
        var index = new NetTopologySuite.Operation.Distance.IndexedFacetDistance(hardened);
        var unreached = villages.Count(v => index.Distance(planar.CreatePoint(Metres(v.Location.Coordinate))) > 500);

        var share = (double)unreached / villages.Count;
        Assert.InRange(share, 0.01, 0.15);
        var summary = SampleSummary.Compute(D).Single(m => m.CountyCode == county && m.Name == "natural_villages_30_households_or_more_without_hardened_road");
        Assert.InRange(unreached, summary.Value - 2, summary.Value + 2);
    }

    [Fact]
    public void The_network_has_every_class_surface_and_status_and_rural_roads_of_the_campaign_years()
    {
        Assert.Equal(
            [RoadClass.Provincial, RoadClass.County, RoadClass.Township, RoadClass.Village, RoadClass.Group],
            D.Roads.Select(r => r.Class).Distinct().Order());
        Assert.Equal(Enum.GetValues<RoadSurface>(), D.Roads.Select(r => r.Surface).Distinct().Order());
        Assert.Equal(Enum.GetValues<RoadStatus>(), D.Roads.Select(r => r.Status).Distinct().Order());
        Assert.All(D.Roads.Where(r => r.Status != RoadStatus.Existing), r => Assert.Null(r.YearBuilt));
        var rural = D.Roads.Where(r => r.Class is RoadClass.Village or RoadClass.Group && r.IsHardened).ToList();
        Assert.True(rural.Count(r => r.YearBuilt is >= 2014 and <= 2020) > rural.Count / 2);
    }

    [Fact]
    public void Every_township_has_exactly_one_seat_inside_it()
    {
        var townships = D.AdminUnits.Where(u => u.Level == 4).ToList();
        var seats = D.Facilities.Where(f => f.Kind == FacilityKind.TownshipSeat).ToList();
        Assert.Equal(townships.Count, seats.Count);
        foreach (var township in townships)
        {
            var seat = Assert.Single(seats, s => s.TownshipCode == township.Code);
            Assert.True(township.Geometry!.Contains(seat.Location));
        }

        Assert.Contains(D.Facilities, f => f.Kind == FacilityKind.School);
        Assert.Contains(D.Facilities, f => f.Kind == FacilityKind.Clinic);
        Assert.Contains(D.Facilities, f => f.Kind == FacilityKind.Market);
    }
}
