using GeoRelief.Core.Sample.Features;

namespace GeoRelief.Core.Tests.Sample.Features;

/// <summary>The published figures of DOMAIN.md come out exactly.</summary>
public sealed class SampleCalibrationTests
{
    private static SampleDataset D => SampleFixture.Dataset;

    private static bool In(string county, string id) => id.StartsWith(county, StringComparison.Ordinal);

    [Fact]
    public void Jalaid_has_3614_poor_and_an_incidence_of_1_16_percent_at_the_end_of_2018()
    {
        var rows = D.VillageYears.Where(y => y.Year == 2018 && In("152223", y.NaturalVillageId)).ToList();
        Assert.Equal(3_614, rows.Sum(y => y.PoorPopulation));
        Assert.Equal(311_552, rows.Sum(y => y.RegisteredPopulation));
        Assert.Equal(1.16, Math.Round(100.0 * rows.Sum(y => y.PoorPopulation) / rows.Sum(y => y.RegisteredPopulation), 2));
    }

    [Fact]
    public void Jinping_relocation_matches_the_2018_figures()
    {
        var sites = D.RelocationSites.Where(s => In("522628", s.Id)).ToList();
        Assert.Equal(2_267, sites.Sum(s => s.MovedInHouseholds));
        Assert.Equal(9_955, sites.Sum(s => s.MovedInPersons));
        Assert.Equal(7_189, sites.Sum(s => s.PlannedPersons) - sites.Sum(s => s.MovedInPersons));

        var building = sites.Where(s => s.Status == RelocationSiteStatus.UnderConstruction).ToList();
        var weighted = building.Sum(s => s.ProgressPct * s.PlannedHouseholds) / building.Sum(s => s.PlannedHouseholds);
        Assert.Equal(48.0m, Math.Round(weighted, 1));
    }

    [Fact]
    public void Jinping_enclave_dividends_reach_6866_households()
    {
        Assert.Equal(6_866, D.IndustrialBases.Where(b => In("522628", b.Id) && b.Kind == IndustrialBaseKind.Enclave).Sum(b => b.DividendHouseholds));
        Assert.All(D.IndustrialBases.Where(b => b.Kind != IndustrialBaseKind.Enclave), b => Assert.Equal(0, b.DividendHouseholds));
    }

    [Theory]
    [InlineData("522628")]
    [InlineData("152223")]
    public void County_incidence_follows_the_calibrated_path_to_zero_in_2020(string county)
    {
        var calibration = SampleCalibration.For(county);
        for (var year = SampleCalibration.FirstYear; year <= SampleCalibration.LastYear; year++)
        {
            var rows = D.VillageYears.Where(y => y.Year == year && In(county, y.NaturalVillageId)).ToList();
            var incidence = 100.0 * rows.Sum(y => y.PoorPopulation) / rows.Sum(y => y.RegisteredPopulation);
            Assert.Equal(calibration.IncidencePercent(year), incidence, 0.005);
        }

        Assert.Equal(calibration.RuralPopulation2018, D.NaturalVillages.Where(v => In(county, v.Id)).Sum(v => v.Population));
    }
}
