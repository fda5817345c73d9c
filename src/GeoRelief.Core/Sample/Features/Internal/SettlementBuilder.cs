using NetTopologySuite.Geometries;

namespace GeoRelief.Core.Sample.Features.Internal;

/// <summary>Places the natural villages of every rural village and sizes them to the county's calibrated population.</summary>
internal static class SettlementBuilder
{
    public static List<Settlement> Build(
        CountyLayout layout,
        SampleCalibration calibration,
        ElevationModel elevation,
        IReadOnlyList<Coordinate> hotSpots,
        SampleRandom random)
    {
        var settlements = new List<Settlement>();
        var sizeWeights = new List<double>();
        var spacingKm = 0.15 * calibration.LandscapeScaleKm;
        var elevationSpan = calibration.MaxElevationMetres - calibration.MinElevationMetres;
        foreach (var village in layout.Villages.Where(CountyLayout.IsRuralVillage))
        {
            var geometry = village.Geometry!;
            var area = layout.Prepared(village.Code);
            var envelope = geometry.EnvelopeInternal;
            var count = random.Next(calibration.MinNaturalVillagesPerVillage, calibration.MaxNaturalVillagesPerVillage + 1);
            var names = new HashSet<string>(StringComparer.Ordinal);
            var placed = new List<Coordinate>();
            for (var k = 0; k < count; k++)
            {
                // Hamlets keep some distance from each other; a small village falls back to any free spot.
                var location = SampleGeometry.RandomPointIn(area, envelope, random, c => placed.TrueForAll(p => layout.Projection.DistanceKm(p, c) >= spacingKm))
                    ?? SampleGeometry.RandomPointIn(area, envelope, random, c => !placed.Exists(p => p.Equals2D(c)))
                    ?? SampleGeometry.InteriorPoint(geometry);
                placed.Add(location);
                var metres = elevation.At(location);
                var height = Math.Clamp((metres - calibration.MinElevationMetres) / elevationSpan, 0, 1);
                var hotness = Math.Min(1.5, hotSpots.Sum(h =>
                {
                    var d = layout.Projection.DistanceKm(h, location);
                    return Math.Exp(-(d * d) / (2 * calibration.HotSpotRadiusKm * calibration.HotSpotRadiusKm));
                }));
                settlements.Add(new Settlement
                {
                    Id = $"{village.Code}-{k + 1:00}",
                    Name = PlaceNames.NaturalVillage(calibration.SouthernPlaceNames, random, names),
                    VillageCode = village.Code,
                    TownshipCode = village.ParentCode!,
                    Location = location,
                    IsMain = k == 0,
                    ElevationMetres = metres,
                    Hotness = hotness,
                    Risk = Math.Exp(0.35 * random.Gaussian()) * (1 + (1.8 * hotness)) * (0.7 + (0.6 * height)),
                    PersonsPerHousehold = random.Uniform(calibration.MinPersonsPerHousehold, calibration.MaxPersonsPerHousehold),
                    RegisterDrift = random.Uniform(-0.012, 0.004),
                });

                // Lowland hamlets and the committee's own hamlet are the large ones.
                sizeWeights.Add(Math.Max(0.15, Math.Exp(0.5 * random.Gaussian())) * (k == 0 ? 1.8 : 1) * (1.3 - (0.6 * height)));
            }
        }

        var populations = Apportionment.Distribute(calibration.RuralPopulation2018, sizeWeights);
        for (var i = 0; i < settlements.Count; i++)
        {
            var s = settlements[i];
            s.Population = populations[i];
            s.Households = Math.Clamp((int)Math.Round(populations[i] / s.PersonsPerHousehold), Math.Min(1, populations[i]), populations[i]);
        }

        return settlements;
    }

    /// <summary>Hot-spot centres: in the hills the poorest places are high up, so the highest of a few random spots wins.</summary>
    public static List<Coordinate> HotSpots(CountyLayout layout, SampleCalibration calibration, ElevationModel elevation, SampleRandom random)
    {
        var centres = new List<Coordinate>();
        for (var h = 0; h < calibration.HotSpotCount; h++)
        {
            var candidates = Enumerable.Range(0, 6)
                .Select(_ => SampleGeometry.RandomPointIn(layout.PreparedBoundary, layout.Envelope, random, c => centres.TrueForAll(o => layout.Projection.DistanceKm(o, c) > 3 * calibration.HotSpotRadiusKm)))
                .OfType<Coordinate>()
                .ToList();
            if (candidates.Count > 0)
            {
                centres.Add(candidates.MaxBy(elevation.At)!);
            }
        }

        return centres;
    }
}
