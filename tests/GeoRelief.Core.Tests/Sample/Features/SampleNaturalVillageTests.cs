using System.Text.RegularExpressions;
using GeoRelief.Core.Sample.Features;

namespace GeoRelief.Core.Tests.Sample.Features;

public sealed partial class SampleNaturalVillageTests
{
    private static SampleDataset D => SampleFixture.Dataset;

    [Fact]
    public void Every_natural_village_lies_strictly_inside_its_village_polygon()
    {
        var villages = D.AdminUnits.Where(u => u.Level == 5).ToDictionary(u => u.Code, StringComparer.Ordinal);
        Assert.NotEmpty(D.NaturalVillages);
        Assert.All(D.NaturalVillages, v =>
        {
            Assert.Matches(IdPattern(), v.Id);
            Assert.StartsWith(v.VillageCode + "-", v.Id, StringComparison.Ordinal);
            Assert.True(villages[v.VillageCode].Geometry!.Contains(v.Location), $"{v.Id} is not inside {v.VillageCode}.");
            Assert.Equal(4490, v.Location.SRID);
        });
    }

    [Fact]
    public void Rural_villages_have_3_to_15_uniquely_named_natural_villages_of_plausible_household_size()
    {
        foreach (var group in D.NaturalVillages.GroupBy(v => v.VillageCode))
        {
            Assert.InRange(group.Count(), 3, 15);
            Assert.Equal(group.Count(), group.Select(v => v.Name).Distinct().Count());
            Assert.True(int.Parse(group.Key.AsSpan(9, 3), System.Globalization.CultureInfo.InvariantCulture) >= 200, $"{group.Key} is a resident committee: it has no natural villages.");
        }

        Assert.All(D.NaturalVillages.Where(v => v.Households >= 10), v => Assert.InRange((double)v.Population / v.Households, 3.3, 4.7));
        Assert.Contains(D.NaturalVillages, v => v.Name.EndsWith('组'));
        Assert.Contains(D.NaturalVillages, v => v.Name.EndsWith('屯'));
    }

    [Fact]
    public void Yearly_figures_are_consistent_and_poverty_only_falls()
    {
        var byVillage = D.VillageYears.GroupBy(y => y.NaturalVillageId).ToList();
        Assert.Equal(D.NaturalVillages.Count, byVillage.Count);
        var households = D.NaturalVillages.ToDictionary(v => v.Id, v => v.Households, StringComparer.Ordinal);
        foreach (var village in byVillage)
        {
            var years = village.OrderBy(y => y.Year).ToList();
            Assert.Equal(Enumerable.Range(2014, 7), years.Select(y => y.Year));
            for (var i = 0; i < years.Count; i++)
            {
                var y = years[i];
                Assert.InRange(y.PoorPopulation, 0, y.RegisteredPopulation);
                Assert.InRange(y.PoorHouseholds, 0, Math.Min(households[y.NaturalVillageId], y.PoorPopulation));
                Assert.True(y.PoorPopulation == 0 || y.PoorHouseholds > 0);
                Assert.True(y.Year == 2020 || y.MonitoredHouseholds == 0);
                if (i > 0)
                {
                    Assert.True(y.PoorPopulation <= years[i - 1].PoorPopulation);
                    Assert.Equal(years[i - 1].PoorHouseholds - y.PoorHouseholds, y.ExitedHouseholds);
                }
            }
        }
    }

    [Theory]
    [InlineData("522628")]
    [InlineData("152223")]
    public void Poverty_is_spatially_clustered(string county)
    {
        // Global Moran's I of the 2016 incidence with 8 nearest neighbours: clearly positive means hot spots exist.
        var villages = D.NaturalVillages.Where(v => v.Id.StartsWith(county, StringComparison.Ordinal)).ToList();
        var incidence = D.VillageYears.Where(y => y.Year == 2016).ToDictionary(y => y.NaturalVillageId, y => (double)y.PoorPopulation / y.RegisteredPopulation, StringComparer.Ordinal);
        var x = villages.Select(v => incidence[v.Id]).ToArray();
        var mean = x.Average();
        var cosLat = Math.Cos(villages[0].Location.Y * Math.PI / 180);
        double numerator = 0, weights = 0;
        for (var i = 0; i < villages.Count; i++)
        {
            var neighbours = Enumerable.Range(0, villages.Count).Where(j => j != i)
                .OrderBy(j => Math.Pow((villages[j].Location.X - villages[i].Location.X) * cosLat, 2) + Math.Pow(villages[j].Location.Y - villages[i].Location.Y, 2))
                .Take(8);
            foreach (var j in neighbours)
            {
                numerator += (x[i] - mean) * (x[j] - mean);
                weights++;
            }
        }

        var moransI = villages.Count / weights * numerator / x.Sum(v => (v - mean) * (v - mean));
        Assert.True(moransI > 0.15, $"Moran's I {moransI:0.000} shows no clustering.");
    }

    [GeneratedRegex(@"^\d{12}-\d{2}$")]
    private static partial Regex IdPattern();
}
