using GeoRelief.Core.Sample.Features;

namespace GeoRelief.Core.Tests.Sample.Features;

public sealed class SampleRelocationAndIndustryTests
{
    private static SampleDataset D => SampleFixture.Dataset;

    [Fact]
    public void Sites_never_move_in_more_than_planned_and_lie_in_their_township_outside_every_constraint()
    {
        var townships = D.AdminUnits.Where(u => u.Level == 4).ToDictionary(u => u.Code, StringComparer.Ordinal);
        Assert.Contains(D.RelocationSites, s => s.Kind == RelocationSiteKind.Concentrated);
        Assert.Contains(D.RelocationSites, s => s.Kind == RelocationSiteKind.Dispersed);
        Assert.All(D.RelocationSites, s =>
        {
            Assert.InRange(s.MovedInHouseholds, 0, s.PlannedHouseholds);
            Assert.InRange(s.MovedInPersons, 0, s.PlannedPersons);
            Assert.InRange(s.ProgressPct, 0m, 100m);
            Assert.True(s.StartDate < s.PlannedCompletionDate);
            Assert.True(townships[s.TownshipCode].Geometry!.Contains(s.Location));
            Assert.DoesNotContain(D.ConstraintZones, z => z.Geometry.Contains(s.Location));
        });
    }

    [Fact]
    public void Sources_are_whole_natural_villages_that_fill_their_site_exactly()
    {
        var households = D.NaturalVillages.ToDictionary(v => v.Id, v => v.Households, StringComparer.Ordinal);
        Assert.All(D.RelocationSources, s => Assert.InRange(s.PlannedHouseholds, 1, households[s.NaturalVillageId]));
        Assert.Equal(D.RelocationSources.Count, D.RelocationSources.Select(s => s.NaturalVillageId).Distinct().Count());
        foreach (var site in D.RelocationSites)
        {
            var sources = D.RelocationSources.Where(s => s.SiteId == site.Id).ToList();
            Assert.Equal(site.PlannedHouseholds, sources.Sum(s => s.PlannedHouseholds));

            // Only the last village to fill a site may move in part.
            Assert.True(sources.Count(s => s.PlannedHouseholds < households[s.NaturalVillageId]) <= 1);
        }
    }

    [Fact]
    public void Bases_employ_no_more_poor_than_jobs_and_include_workshops_by_sites_and_an_enclave()
    {
        Assert.All(D.IndustrialBases, b => Assert.InRange(b.PoorEmployed, 0, b.Jobs));
        Assert.Equal(Enum.GetValues<IndustrialBaseKind>(), D.IndustrialBases.Select(b => b.Kind).Distinct().Order());
        foreach (var enclave in D.IndustrialBases.Where(b => b.Kind == IndustrialBaseKind.Enclave))
        {
            Assert.NotEmpty(enclave.BeneficiaryCodes);
            Assert.DoesNotContain(enclave.TownshipCode, enclave.BeneficiaryCodes);
        }

        var workshops = D.IndustrialBases.Where(b => b.Kind == IndustrialBaseKind.Workshop).ToList();
        Assert.All(D.RelocationSites.Where(s => s.Kind == RelocationSiteKind.Concentrated), site =>
            Assert.Contains(workshops, w => w.Location.Distance(site.Location) < 0.005));
    }
}
