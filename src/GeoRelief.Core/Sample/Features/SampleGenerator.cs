using GeoRelief.Core.Sample.Features.Internal;

namespace GeoRelief.Core.Sample.Features;

/// <summary>
/// Generates the synthetic sample of GeoRelief: boundaries (from <see cref="AdminBoundaryGenerator"/>)
/// and, per county, natural villages, their poverty 2014–2020, roads, facilities, relocation sites,
/// industrial bases, constraint zones and an elevation grid, calibrated by <see cref="SampleCalibration"/>.
/// Pure and deterministic: the same divisions and parameters give the same dataset, value for value.
/// </summary>
public static class SampleGenerator
{
    /// <summary>The sample for the official <paramref name="divisions"/> of the parameters' counties.</summary>
    public static SampleDataset Generate(IReadOnlyList<Division> divisions, SampleGeneratorParameters? parameters = null)
    {
        ArgumentNullException.ThrowIfNull(divisions);
        var p = parameters ?? new SampleGeneratorParameters();
        var adminUnits = AdminBoundaryGenerator.Generate(divisions, p.Counties, p.Seed);
        var villages = new List<NaturalVillage>();
        var years = new List<VillageYear>();
        var roads = new List<Road>();
        var facilities = new List<Facility>();
        var sites = new List<RelocationSite>();
        var sources = new List<RelocationSource>();
        var bases = new List<IndustrialBase>();
        var zones = new List<ConstraintZone>();
        var grids = new List<ElevationGrid>();
        foreach (var county in p.Counties)
        {
            var calibration = SampleCalibration.For(county.Code);
            var layout = CountyLayout.From(adminUnits, county);

            // Every layer draws from its own stream so that changing one leaves the others as they were.
            SampleRandom Stream(string layer) => SampleRandom.For(p.Seed, $"{county.Code}/{layer}");
            var river = new RiverCourse(layout, calibration, Stream("river"));
            var elevation = new ElevationModel(layout, calibration, river, Stream("terrain").NextUInt64());
            grids.Add(ElevationGridBuilder.Build(layout, elevation, p.ElevationCellSizeDegrees));

            var hotSpots = SettlementBuilder.HotSpots(layout, calibration, elevation, Stream("hot-spots"));
            var settlements = SettlementBuilder.Build(layout, calibration, elevation, hotSpots, Stream("natural-villages"));
            var countyYears = PovertyHistoryBuilder.Build(settlements, calibration, Stream("poverty"));
            var seats = FacilityBuilder.Seats(layout, Stream("seats"));
            var countyZones = ConstraintZoneBuilder.Build(layout, calibration, elevation, river, seats[layout.Townships[0].Code], Stream("constraints"));
            var (countySites, countySources) = RelocationBuilder.Build(layout, calibration, seats, settlements, countyYears, countyZones, Stream("relocation"));

            villages.AddRange(settlements.Select(s => s.ToRecord()));
            years.AddRange(countyYears);
            facilities.AddRange(FacilityBuilder.Build(layout, seats, settlements, Stream("facilities")));
            roads.AddRange(RoadNetworkBuilder.Build(layout, calibration, seats, settlements, p.HardenedRoadReachMetres / 1000, Stream("roads")));
            sites.AddRange(countySites);
            sources.AddRange(countySources);
            bases.AddRange(IndustryBuilder.Build(layout, calibration, seats, settlements, countySites, Stream("industry")));
            zones.AddRange(countyZones);
        }

        return new SampleDataset
        {
            Seed = p.Seed,
            AdminUnits = adminUnits,
            NaturalVillages = villages,
            VillageYears = years,
            Roads = roads,
            Facilities = facilities,
            RelocationSites = sites,
            RelocationSources = sources,
            IndustrialBases = bases,
            ConstraintZones = zones,
            ElevationGrids = grids,
        };
    }
}
