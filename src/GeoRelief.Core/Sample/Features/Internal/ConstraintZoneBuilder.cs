using NetTopologySuite.Geometries;

namespace GeoRelief.Core.Sample.Features.Internal;

/// <summary>
/// Hard constraints of relocation siting, placed where they belong: red lines and reserves on high
/// ground, farmland on low flat land, geohazards on steep slopes, the flood zone along the river and a
/// water-source zone upstream of the county seat. Every zone is clipped to the county.
/// </summary>
internal static class ConstraintZoneBuilder
{
    public static List<ConstraintZone> Build(
        CountyLayout layout,
        SampleCalibration calibration,
        ElevationModel elevation,
        RiverCourse river,
        Coordinate countySeat,
        SampleRandom random)
    {
        var zones = new List<ConstraintZone>();
        var scale = calibration.LandscapeScaleKm;
        var county = layout.County;
        void Add(string name, ConstraintZoneKind kind, GeohazardRisk? risk, Geometry shape)
        {
            var part = SampleGeometry.PolygonalPart(layout.Boundary.Intersection(shape));
            if (part is not null)
            {
                zones.Add(new ConstraintZone($"{county.Code}-CZ{zones.Count + 1:00}", name, kind, risk, part));
            }
        }

        Coordinate Best(int candidates, Func<Coordinate, double> score) =>
            Enumerable.Range(0, candidates)
                .Select(_ => SampleGeometry.RandomPointIn(layout.PreparedBoundary, layout.Envelope, random))
                .OfType<Coordinate>()
                .MaxBy(score) ?? SampleGeometry.InteriorPoint(layout.Boundary);

        double Slope(Coordinate c)
        {
            var (x, y) = layout.Projection.ToKm(c);
            var dx = elevation.AtKm(x + 0.2, y) - elevation.AtKm(x - 0.2, y);
            var dy = elevation.AtKm(x, y + 0.2) - elevation.AtKm(x, y - 0.2);
            return Math.Sqrt((dx * dx) + (dy * dy)) / 400;
        }

        for (var i = 1; i <= 2; i++)
        {
            Add($"{county.Name}生态保护红线区{i}", ConstraintZoneKind.EcologicalRedLine, null, SampleGeometry.Blob(Best(12, elevation.At), 2.5 * scale, layout.Projection, random));
        }

        var reserveCentre = calibration.Terrain == TerrainKind.Hills ? Best(12, elevation.At) : Best(12, c => -elevation.At(c) - (0.5 * layout.Projection.ToKm(c).X));
        Add($"{county.Name}自然保护区", ConstraintZoneKind.NatureReserve, null, SampleGeometry.Blob(reserveCentre, 2 * scale, layout.Projection, random));

        var farmland = calibration.Terrain == TerrainKind.Hills ? 6 : 8;
        for (var i = 1; i <= farmland; i++)
        {
            Add($"{county.Name}永久基本农田保护片区{i}", ConstraintZoneKind.BasicFarmland, null, SampleGeometry.Blob(Best(5, c => -elevation.At(c) - (200 * Slope(c))), 0.8 * scale, layout.Projection, random));
        }

        var hazards = calibration.Terrain == TerrainKind.Hills ? 12 : 4;
        var hazardSites = Enumerable.Range(0, hazards).Select(_ => Best(8, Slope)).ToList();
        var ranked = hazardSites.OrderByDescending(Slope).ToList();
        for (var i = 0; i < hazards; i++)
        {
            // Steepest third high risk, next third medium, the rest low.
            var rank = ranked.IndexOf(hazardSites[i]);
            var risk = rank < hazards / 3 ? GeohazardRisk.High : rank < 2 * hazards / 3 ? GeohazardRisk.Medium : GeohazardRisk.Low;
            Add($"{county.Name}地质灾害隐患点{i + 1}", ConstraintZoneKind.Geohazard, risk, SampleGeometry.Blob(hazardSites[i], 0.25 * scale, layout.Projection, random, 16));
        }

        var floodZone = layout.Projection.ToLonLat(layout.Projection.ToKm(river.Line).Buffer(calibration.FloodZoneHalfWidthKm, 8));
        Add($"{river.Name}洪水淹没区", ConstraintZoneKind.FloodZone, null, floodZone);

        // The intake sits on the river a few kilometres from the county seat.
        var intake = river.Line.Coordinates
            .Where(c => layout.Covers(SampleGeometry.Point(c)))
            .OrderBy(c => Math.Abs(layout.Projection.DistanceKm(c, countySeat) - (2 * scale)))
            .FirstOrDefault() ?? countySeat;
        Add($"{county.Name}饮用水水源保护区", ConstraintZoneKind.WaterSource, null, SampleGeometry.Blob(intake, 0.5 * scale, layout.Projection, random));
        return zones;
    }
}
