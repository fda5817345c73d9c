using GeoRelief.Core.Sample.Features.Internal;

namespace GeoRelief.Core.Sample.Features;

/// <summary>
/// The figures data/README.md quotes: counts per county and layer, the calibrated totals, and the measured
/// 组组通 gap. Lengths are planar approximations around each county's centre (within about 0.5 %); the
/// database measures on the ellipsoid.
/// </summary>
public static class SampleSummary
{
    /// <summary>Metrics of every county in the dataset, in a fixed order.</summary>
    public static IReadOnlyList<SampleMetric> Compute(SampleDataset dataset, double hardenedRoadReachMetres = 500)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var metrics = new List<SampleMetric>();
        foreach (var county in dataset.AdminUnits.Where(u => u.Level == 3 && u.Geometry is not null))
        {
            var code = county.Code;
            void Add(string name, double value) => metrics.Add(new SampleMetric(code, name, value));
            bool Mine(string id) => id.StartsWith(code, StringComparison.Ordinal);
            var envelope = county.Geometry!.EnvelopeInternal;
            var projection = new LocalProjection(envelope.Centre.X, envelope.Centre.Y);

            var units = dataset.AdminUnits.Where(u => Mine(u.Code)).ToList();
            Add("townships", units.Count(u => u.Level == 4));
            Add("villages", units.Count(u => u.Level == 5));
            Add("rural_villages", units.Count(CountyLayout.IsRuralVillage));

            var villages = dataset.NaturalVillages.Where(v => Mine(v.Id)).ToList();
            Add("natural_villages", villages.Count);
            Add("households", villages.Sum(v => v.Households));
            Add("population", villages.Sum(v => v.Population));

            var roads = dataset.Roads.Where(r => Mine(r.Id)).ToList();
            var reach = new RoadReach(roads, projection, hardenedRoadReachMetres / 1000);
            var large = villages.Where(v => v.Households >= SampleCalibration.GroupRoadHouseholdThreshold).ToList();
            var unreached = large.Count(v => !reach.IsReached(v.Location.Coordinate));
            Add("natural_villages_30_households_or_more", large.Count);
            Add("natural_villages_30_households_or_more_without_hardened_road", unreached);
            Add("share_without_hardened_road", large.Count == 0 ? 0 : Math.Round((double)unreached / large.Count, 4));

            var years = dataset.VillageYears.Where(y => Mine(y.NaturalVillageId)).ToList();
            for (var year = SampleCalibration.FirstYear; year <= SampleCalibration.LastYear; year++)
            {
                var ofYear = years.Where(y => y.Year == year).ToList();
                var registered = ofYear.Sum(y => y.RegisteredPopulation);
                var poor = ofYear.Sum(y => y.PoorPopulation);
                Add($"registered_population_{year}", registered);
                Add($"poor_population_{year}", poor);
                Add($"poor_households_{year}", ofYear.Sum(y => y.PoorHouseholds));
                Add($"exited_households_{year}", ofYear.Sum(y => y.ExitedHouseholds));
                Add($"incidence_pct_{year}", registered == 0 ? 0 : Math.Round(100.0 * poor / registered, 2));
            }

            Add($"monitored_households_{SampleCalibration.LastYear}", years.Where(y => y.Year == SampleCalibration.LastYear).Sum(y => y.MonitoredHouseholds));

            Add("roads", roads.Count);
            foreach (var roadClass in Enum.GetValues<RoadClass>())
            {
                var ofClass = roads.Where(r => r.Class == roadClass).ToList();
                Add($"roads_{SampleVocabulary.Code(roadClass)}", ofClass.Count);
                Add($"roads_{SampleVocabulary.Code(roadClass)}_km", Math.Round(ofClass.Sum(r => projection.LengthKm(r.Geometry)), 1));
            }

            Add("roads_hardened_km", Math.Round(roads.Where(r => r.IsHardened).Sum(r => projection.LengthKm(r.Geometry)), 1));

            var facilities = dataset.Facilities.Where(f => Mine(f.Id)).ToList();
            foreach (var kind in Enum.GetValues<FacilityKind>())
            {
                Add($"facilities_{SampleVocabulary.Code(kind)}", facilities.Count(f => f.Kind == kind));
            }

            var sites = dataset.RelocationSites.Where(s => Mine(s.Id)).ToList();
            foreach (var kind in Enum.GetValues<RelocationSiteKind>())
            {
                Add($"relocation_sites_{SampleVocabulary.Code(kind)}", sites.Count(s => s.Kind == kind));
            }

            Add("relocation_planned_households", sites.Sum(s => s.PlannedHouseholds));
            Add("relocation_planned_persons", sites.Sum(s => s.PlannedPersons));
            Add("relocation_moved_in_households", sites.Sum(s => s.MovedInHouseholds));
            Add("relocation_moved_in_persons", sites.Sum(s => s.MovedInPersons));
            var building = sites.Where(s => s.Status == RelocationSiteStatus.UnderConstruction).ToList();
            var buildingHouseholds = building.Sum(s => s.PlannedHouseholds);
            Add("relocation_batch_planned_persons", building.Sum(s => s.PlannedPersons));
            Add("relocation_batch_progress_pct", buildingHouseholds == 0 ? 0 : Math.Round((double)building.Sum(s => s.ProgressPct * s.PlannedHouseholds) / buildingHouseholds, 2));
            Add("relocation_source_natural_villages", dataset.RelocationSources.Count(s => Mine(s.SiteId)));

            var bases = dataset.IndustrialBases.Where(b => Mine(b.Id)).ToList();
            foreach (var kind in Enum.GetValues<IndustrialBaseKind>())
            {
                Add($"industrial_bases_{SampleVocabulary.Code(kind)}", bases.Count(b => b.Kind == kind));
            }

            Add("industrial_jobs", bases.Sum(b => b.Jobs));
            Add("industrial_poor_employed", bases.Sum(b => b.PoorEmployed));
            Add("enclave_dividend_households", bases.Where(b => b.Kind == IndustrialBaseKind.Enclave).Sum(b => b.DividendHouseholds));

            var zones = dataset.ConstraintZones.Where(z => Mine(z.Id)).ToList();
            foreach (var kind in Enum.GetValues<ConstraintZoneKind>())
            {
                Add($"constraint_zones_{SampleVocabulary.Code(kind)}", zones.Count(z => z.Kind == kind));
            }

            foreach (var grid in dataset.ElevationGrids.Where(g => g.CountyCode == code))
            {
                Add("elevation_cells", grid.Values.Count);
                Add("elevation_min_m", grid.Values.Min());
                Add("elevation_max_m", grid.Values.Max());
            }
        }

        return metrics;
    }
}
