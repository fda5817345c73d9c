using NetTopologySuite.Geometries;

namespace GeoRelief.Core.Sample.Features.Internal;

/// <summary>
/// Relocation sites near township seats and the natural villages that move to them. Sites of the earlier
/// batches are finished and moved into; the batch of the calibration year is under construction. Totals
/// are apportioned exactly to the calibration; source villages are the poorest, highest, smallest ones,
/// each moving whole to its nearest site with room (only a site's last source may move in part).
/// </summary>
internal static class RelocationBuilder
{
    private static readonly string[] CommunityNames = ["幸福", "和谐", "新民", "阳光", "安居", "乐业", "同心", "兴业"];
    private static readonly string[] SiteServices = ["school", "kindergarten", "clinic", "community_service", "workshop", "market"];

    public static (List<RelocationSite> Sites, List<RelocationSource> Sources) Build(
        CountyLayout layout,
        SampleCalibration calibration,
        IReadOnlyDictionary<string, Coordinate> seats,
        IReadOnlyList<Settlement> settlements,
        IReadOnlyList<VillageYear> years,
        IReadOnlyList<ConstraintZone> zones,
        SampleRandom random)
    {
        var hosts = HostTownships(layout, settlements);
        var drafts = new List<SiteDraft>();
        for (var i = 0; i < calibration.RelocationMovedInSiteCount; i++)
        {
            drafts.Add(new SiteDraft(hosts[i % hosts.Count], Batch: false, Dispersed: calibration.RelocationMovedInSiteCount >= 3 && i == calibration.RelocationMovedInSiteCount - 1));
        }

        for (var i = 0; i < calibration.RelocationBatchSiteCount; i++)
        {
            drafts.Add(new SiteDraft(hosts[i % hosts.Count], Batch: true, Dispersed: calibration.RelocationBatchSiteCount >= 3 && i == calibration.RelocationBatchSiteCount - 1));
        }

        var locations = new List<Coordinate>();
        foreach (var draft in drafts)
        {
            var area = layout.Prepared(draft.Township);
            var anchor = draft.Dispersed
                ? random.Pick(settlements.Where(s => s.TownshipCode == draft.Township).ToList()).Location
                : seats[draft.Township];

            // A built site is never on a red line, in a reserve, a hazard or a flood zone: suitability
            // models are validated on them. Crowded seats fall back to anywhere free in the township.
            bool OutsideZones(Coordinate c) => !zones.Any(z => z.Geometry.Contains(SampleGeometry.Point(c)));
            bool Allowed(Coordinate c) => locations.TrueForAll(o => layout.Projection.DistanceKm(o, c) > 0.3) && OutsideZones(c);
            var location = draft.Dispersed
                ? SampleGeometry.RandomPointNear(anchor, 0.1, 0.4, area, layout.Projection, random, Allowed)
                : SampleGeometry.RandomPointNear(anchor, 0.5, 2.0, area, layout.Projection, random, Allowed);
            var envelope = layout.Townships.First(t => t.Code == draft.Township).Geometry!.EnvelopeInternal;
            locations.Add(location
                ?? SampleGeometry.RandomPointNear(anchor, 0.1, 5.0, area, layout.Projection, random, OutsideZones)
                ?? SampleGeometry.RandomPointIn(area, envelope, random, OutsideZones)
                ?? throw new InvalidOperationException($"Township {draft.Township} has no room outside the constraint zones for a relocation site."));
        }

        var movedIn = drafts.Where(d => !d.Batch).ToList();
        var batch = drafts.Where(d => d.Batch).ToList();
        double Weight(SiteDraft d) => d.Dispersed ? 0.15 : (d.Township == hosts[0] ? 2.0 : 1.0) * random.Uniform(0.7, 1.3);
        var movedInHouseholds = Apportionment.Distribute(calibration.RelocationMovedInHouseholds, [.. movedIn.Select(Weight)]);
        var batchHouseholdTotal = calibration.RelocationMovedInPersons == 0 ? 0
            : (int)Math.Round((double)calibration.RelocationBatchPlannedPersons * calibration.RelocationMovedInHouseholds / calibration.RelocationMovedInPersons);
        var batchHouseholds = Apportionment.Distribute(batchHouseholdTotal, [.. batch.Select(Weight)]);
        var households = movedInHouseholds.Concat(batchHouseholds).ToArray();

        var sites = new List<RelocationSite>();
        var movedInPersons = Apportionment.Distribute(calibration.RelocationMovedInPersons, [.. movedInHouseholds.Select(h => (double)h)]);
        var batchPersons = Apportionment.Distribute(calibration.RelocationBatchPlannedPersons, [.. batchHouseholds.Select(h => (double)h)]);
        var progress = BatchProgress(batchHouseholds, calibration.RelocationBatchProgressPct, random);
        var communityNumber = 0;
        for (var i = 0; i < drafts.Count; i++)
        {
            var draft = drafts[i];
            var township = layout.Townships.First(t => t.Code == draft.Township);
            var shortName = CountyLayout.ShortName(township);
            var name = draft.Dispersed ? $"{shortName}分散安置点"
                : draft.Township == hosts[0] && communityNumber == 0 ? $"{shortName}易地扶贫搬迁新区"
                : $"{shortName}{CommunityNames[communityNumber % CommunityNames.Length]}小区";
            communityNumber += draft.Dispersed ? 0 : 1;
            IReadOnlyList<string> facilities = draft.Dispersed ? [] : SiteServices.Where(f => f == "community_service" || random.Chance(0.6)).ToList();
            var start = draft.Batch
                ? new DateOnly(2018, 3, 1).AddDays(random.Next(0, 120))
                : new DateOnly(2016, 3, 1).AddDays(random.Next(0, 180));
            var completion = start.AddMonths(random.Next(14, 21));
            var batchIndex = i - movedIn.Count;
            sites.Add(new RelocationSite(
                $"{layout.County.Code}-RS{i + 1:00}",
                name,
                draft.Dispersed ? RelocationSiteKind.Dispersed : RelocationSiteKind.Concentrated,
                draft.Batch ? RelocationSiteStatus.UnderConstruction : RelocationSiteStatus.MovedIn,
                households[i],
                draft.Batch ? batchPersons[batchIndex] : movedInPersons[i],
                draft.Batch ? 0 : households[i],
                draft.Batch ? 0 : movedInPersons[i],
                draft.Batch ? progress[batchIndex] : 100.0m,
                start,
                completion,
                facilities,
                draft.Township,
                SampleGeometry.Point(locations[i])));
        }

        return (sites, Sources(layout, settlements, years, sites, calibration));
    }

    /// <summary>County seat first, then the most populous townships.</summary>
    private static List<string> HostTownships(CountyLayout layout, IReadOnlyList<Settlement> settlements)
    {
        var population = settlements.GroupBy(s => s.TownshipCode, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(s => s.Population), StringComparer.Ordinal);
        var seat = layout.Townships[0].Code;
        return [seat, .. layout.Townships.Select(t => t.Code).Where(c => c != seat).OrderByDescending(c => population.GetValueOrDefault(c)).ThenBy(c => c, StringComparer.Ordinal)];
    }

    /// <summary>
    /// Progress per batch site, one decimal, whose household-weighted mean rounds to the calibrated
    /// figure: random spread, shifted to the target, then the largest site absorbs the remainder.
    /// </summary>
    private static decimal[] BatchProgress(int[] households, decimal target, SampleRandom random)
    {
        var n = households.Length;
        if (n == 0)
        {
            return [];
        }

        var raw = households.Select(_ => random.Uniform(25, 75)).ToArray();
        var total = households.Sum();
        var shift = (double)target - (raw.Select((p, i) => p * households[i]).Sum() / total);
        var progress = raw.Select(p => Math.Round((decimal)Math.Clamp(p + shift, 0, 100), 1)).ToArray();
        var largest = Array.IndexOf(households, households.Max());
        var others = progress.Select((p, i) => i == largest ? 0 : p * households[i]).Sum();
        progress[largest] = Math.Clamp(Math.Round(((target * total) - others) / households[largest], 1), 0, 100);
        return progress;
    }

    private static List<RelocationSource> Sources(CountyLayout layout, IReadOnlyList<Settlement> settlements, IReadOnlyList<VillageYear> years, List<RelocationSite> sites, SampleCalibration calibration)
    {
        var incidence2014 = years.Where(y => y.Year == SampleCalibration.FirstYear)
            .ToDictionary(y => y.NaturalVillageId, y => y.RegisteredPopulation == 0 ? 0 : (double)y.PoorPopulation / y.RegisteredPopulation, StringComparer.Ordinal);
        var span = calibration.MaxElevationMetres - calibration.MinElevationMetres;

        // Guizhou moved whole natural villages of fewer than 50 households with high incidence.
        var candidates = settlements
            .Where(s => s.Households > 0)
            .OrderByDescending(s => incidence2014[s.Id] * (s.Households < 50 ? 2 : 1) * (0.5 + ((s.ElevationMetres - calibration.MinElevationMetres) / span)))
            .ThenBy(s => s.Id, StringComparer.Ordinal)
            .ToList();
        var room = sites.ToDictionary(s => s.Id, s => s.PlannedHouseholds, StringComparer.Ordinal);
        var sources = new List<RelocationSource>();
        foreach (var village in candidates)
        {
            var open = sites.Where(s => room[s.Id] > 0).ToList();
            if (open.Count == 0)
            {
                break;
            }

            double Distance(RelocationSite s) => layout.Projection.DistanceKm(s.Location.Coordinate, village.Location);
            var site = open.Where(s => room[s.Id] >= village.Households).OrderBy(Distance).FirstOrDefault() ?? open.OrderBy(Distance).First();
            var planned = Math.Min(village.Households, room[site.Id]);
            room[site.Id] -= planned;
            sources.Add(new RelocationSource(site.Id, village.Id, planned));
        }

        return [.. sources.OrderBy(s => s.SiteId, StringComparer.Ordinal).ThenBy(s => s.NaturalVillageId, StringComparer.Ordinal)];
    }

    private sealed record SiteDraft(string Township, bool Batch, bool Dispersed);
}
