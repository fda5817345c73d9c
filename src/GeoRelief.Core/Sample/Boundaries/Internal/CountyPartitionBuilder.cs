using System.Globalization;
using NetTopologySuite.Algorithm;
using NetTopologySuite.Algorithm.Construct;
using NetTopologySuite.Algorithm.Locate;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Distance;
using NetTopologySuite.Operation.OverlayNG;

namespace GeoRelief.Core.Sample.Boundaries.Internal;

/// <summary>The steps of <see cref="CountyPartitionOp"/> for one county; see there for the method.</summary>
internal sealed class CountyPartitionBuilder
{
    private const int Srid = 4490;

    /// <summary>Share of a label point's clearance an edge's wiggle may use, so labels stay strictly inside their faces.</summary>
    private const double ClearanceShare = 0.4;

    // Keys of the independent random streams: each decision draws from its own stream, so changing how
    // one step uses randomness leaves the others as they were.
    private const long OutlineStream = 1;
    private const long TownshipSizeStream = 2;
    private const long TownshipSiteStream = 3;
    private const long TownshipEdgeStream = 4;
    private const long VillageSizeStream = 5;
    private const long VillageSiteStream = 6;
    private const long VillageEdgeStream = 7;

    private readonly SampleCounty county;
    private readonly IReadOnlyList<Division> townships;
    private readonly IReadOnlyList<IReadOnlyList<Division>> villages;
    private readonly int seed;
    private readonly long countyKey;
    private readonly CountyPartitionParameters parameters;
    private readonly LocalPlane plane;
    private readonly GeometryFactory factory;
    private readonly GeometryFactory planeFactory = new();

    public CountyPartitionBuilder(
        SampleCounty county,
        IReadOnlyList<Division> townships,
        IReadOnlyList<IReadOnlyList<Division>> villages,
        int seed,
        CountyPartitionParameters parameters)
    {
        this.county = county;
        this.townships = townships;
        this.villages = villages;
        this.seed = seed;
        this.parameters = parameters;
        countyKey = CodeKey(county.Code);
        plane = new LocalPlane(county.CentreLon, county.CentreLat);
        factory = new GeometryFactory(new PrecisionModel(parameters.PrecisionScale), Srid);
    }

    public CountyPartition Build()
    {
        var outline = BuildOutline();
        var countyPlane = plane.ToPlane(outline, planeFactory);
        var outlineLine = factory.CreateLineString(outline.ExteriorRing.Coordinates);

        var (townshipLines, townshipLabels, townshipAreas) = BuildTownships(outline, countyPlane, outlineLine);

        var villageLines = new List<LineString>();
        var unitLabels = new List<Coordinate>();
        var unitTownship = new List<int>();
        var unitVillage = new List<int>();
        for (var t = 0; t < townships.Count; t++)
        {
            if (villages[t].Count <= 1)
            {
                // One village is its whole township; a township without villages is its own unit. Either
                // way the township's label point, already clear of the township's edges, marks it.
                unitLabels.Add(plane.ToGeographic(townshipLabels[t]));
                unitTownship.Add(t);
                unitVillage.Add(villages[t].Count == 1 ? 0 : FaceGrouper.None);
                continue;
            }

            var (lines, labels) = BuildVillages(t, townshipAreas[t], townshipLabels[t]);
            villageLines.AddRange(lines);
            for (var v = 0; v < labels.Count; v++)
            {
                unitLabels.Add(plane.ToGeographic(labels[v]));
                unitTownship.Add(t);
                unitVillage.Add(v);
            }
        }

        return Assemble([outlineLine, .. townshipLines, .. villageLines], townshipAreas, unitLabels, unitTownship, unitVillage);
    }

    /// <summary>The county outline in degrees, on the output grid.</summary>
    private Polygon BuildOutline()
    {
        var ring = CountyOutline.Build(
            county.AreaKm2 * 1e6,
            parameters.OutlineVertexCount,
            parameters.OutlineRoughness,
            SeededRandom.For(seed, countyKey, OutlineStream));
        var lonLat = plane.ToGeographic(ring);
        foreach (var c in lonLat)
        {
            factory.PrecisionModel.MakePrecise(c);
        }

        lonLat[^1] = lonLat[0].Copy();
        return factory.CreatePolygon(lonLat);
    }

    private (IReadOnlyList<LineString> Lines, IReadOnlyList<Coordinate> Labels, IReadOnlyList<Geometry> Areas) BuildTownships(
        Polygon outline, Polygon countyPlane, LineString outlineLine)
    {
        var sizes = SeededRandom.For(seed, countyKey, TownshipSizeStream);
        var weights = townships.Select((t, i) =>
        {
            var rural = villages[i].Count(v => UrbanRuralCodes.IsVillageCommittee(v.Code));
            var other = villages[i].Count - rural;

            // Townships with more village committees cover more land; urban and farm units add little.
            return Math.Pow(1 + rural + (0.25 * other), 0.7) * Math.Exp(0.25 * sizes.NextGaussian());
        }).ToArray();
        var targets = Normalise(weights, countyPlane.Area);

        var sites = SeededRandom.For(seed, countyKey, TownshipSiteStream);
        var locator = new IndexedPointInAreaLocator(countyPlane);
        var initial = townships.Select(_ => RandomPointIn(countyPlane.EnvelopeInternal, locator, sites)).ToArray();
        var layout = CapacityPartition.Compute(
            countyPlane,
            targets,
            initial,
            FrameMargin(parameters.TownshipOverreachMetres),
            parameters.TownshipRelaxationSteps,
            parameters.CapacitySteps);
        var labels = LabelPoints(countyPlane, layout);
        var lines = WiggledLines(layout, labels, countyPlane, parameters.TownshipWiggle, parameters.TownshipOverreachMetres, TownshipEdgeStream, 0);

        var faces = FaceArrangement.Faces([outlineLine, .. lines], factory);
        var outlineLocator = new IndexedPointInAreaLocator(outline);
        var inside = faces.Where(f => outlineLocator.Locate(f.InteriorPoint.Coordinate) == Location.Interior).ToList();
        var grouper = new FaceGrouper(inside);
        var units = grouper.LabelFaces([.. labels.Select(plane.ToGeographic)]);
        grouper.AbsorbOrphans(units);
        if (units.Contains(FaceGrouper.None))
        {
            throw new InvalidOperationException($"County {county.Code}: a face inside the outline touches no township.");
        }

        var areas = new Geometry[townships.Count];
        for (var t = 0; t < townships.Count; t++)
        {
            areas[t] = CoverageUnion.Union(factory.BuildGeometry(inside.Where((_, f) => units[f] == t)));
        }

        return (lines, labels, areas);
    }

    private (IReadOnlyList<LineString> Lines, IReadOnlyList<Coordinate> Labels) BuildVillages(int t, Geometry township, Coordinate townshipLabel)
    {
        var townshipKey = CodeKey(townships[t].Code);
        var region = ToPlane(township);
        var list = villages[t];
        var sizes = SeededRandom.For(seed, countyKey, VillageSizeStream, townshipKey);
        var weights = list.Select(v => UrbanRuralCodes.IsResidentsCommittee(v.Code)
            ? 0.25 * Math.Exp(0.2 * sizes.NextGaussian())
            : UrbanRuralCodes.IsVillageCommittee(v.Code)
                ? Math.Exp(0.35 * sizes.NextGaussian())
                : 0.5 * Math.Exp(0.3 * sizes.NextGaussian())).ToArray();
        var targets = Normalise(weights, region.Area);

        // Residents' committees start clustered round the township's centre, where a town's built-up
        // area is; the capacity iteration then keeps them small and next to each other.
        var sites = SeededRandom.For(seed, countyKey, VillageSiteStream, townshipKey);
        var locator = new IndexedPointInAreaLocator(region);
        var urbanArea = list.Select((v, i) => UrbanRuralCodes.IsResidentsCommittee(v.Code) ? targets[i] : 0).Sum();
        var urbanRadius = Math.Sqrt(urbanArea / Math.PI);
        var urbanEnvelope = new Envelope(
            townshipLabel.X - urbanRadius,
            townshipLabel.X + urbanRadius,
            townshipLabel.Y - urbanRadius,
            townshipLabel.Y + urbanRadius);
        var initial = list.Select(v => UrbanRuralCodes.IsResidentsCommittee(v.Code)
            ? RandomPointIn(urbanEnvelope, locator, sites, region.EnvelopeInternal)
            : RandomPointIn(region.EnvelopeInternal, locator, sites)).ToArray();

        var layout = CapacityPartition.Compute(
            region,
            targets,
            initial,
            FrameMargin(parameters.VillageOverreachMetres),
            parameters.VillageRelaxationSteps,
            parameters.CapacitySteps);
        var labels = LabelPoints(region, layout);
        var lines = WiggledLines(layout, labels, region, parameters.VillageWiggle, parameters.VillageOverreachMetres, VillageEdgeStream, townshipKey);
        return (lines, labels);
    }

    /// <summary>Nodes all lines, gives every face to a unit and unions the faces of each village, township and the county.</summary>
    private CountyPartition Assemble(
        IReadOnlyList<LineString> lines,
        IReadOnlyList<Geometry> townshipAreas,
        List<Coordinate> unitLabels,
        List<int> unitTownship,
        List<int> unitVillage)
    {
        var townshipLocators = townshipAreas.Select(a => new IndexedPointInAreaLocator(a)).ToArray();
        var faces = new List<Polygon>();
        var zones = new List<int>();
        foreach (var face in FaceArrangement.Faces(lines, factory))
        {
            var probe = face.InteriorPoint.Coordinate;
            var zone = Array.FindIndex(townshipLocators, l => l.Locate(probe) != Location.Exterior);
            if (zone >= 0)
            {
                faces.Add(face);
                zones.Add(zone);
            }
        }

        var grouper = new FaceGrouper(faces);
        var units = grouper.LabelFaces(unitLabels);
        grouper.AbsorbOrphans(units, zones);

        // A sliver put in the wrong township by its interior point has no neighbour there; let it join
        // whatever it touches.
        grouper.AbsorbOrphans(units);
        if (units.Contains(FaceGrouper.None))
        {
            throw new InvalidOperationException($"County {county.Code}: a face of the arrangement touches no unit.");
        }

        var countyGeometry = Union(faces);
        var townshipResult = new List<UnitBoundary>(townships.Count);
        var villageResult = new List<UnitBoundary>();
        for (var t = 0; t < townships.Count; t++)
        {
            townshipResult.Add(new UnitBoundary(townships[t], Union(faces.Where((_, f) => unitTownship[units[f]] == t))));
            for (var v = 0; v < villages[t].Count; v++)
            {
                var unit = unitTownship.Zip(unitVillage).ToList().IndexOf((t, v));
                villageResult.Add(new UnitBoundary(villages[t][v], Union(faces.Where((_, f) => units[f] == unit))));
            }
        }

        return new CountyPartition(countyGeometry, townshipResult, villageResult);
    }

    /// <summary>
    /// The shared edges of a layout, each wiggled once and cut to the region grown by <paramref name="overreach"/>,
    /// in degrees.
    /// </summary>
    private List<LineString> WiggledLines(
        CapacityPartition layout, IReadOnlyList<Coordinate> labels, Geometry region, double wiggle, double overreach, long stream, long parentKey)
    {
        var reach = region.Buffer(overreach);
        var reachEnvelope = reach.EnvelopeInternal;
        var locator = new IndexedPointInAreaLocator(reach);
        var result = new List<LineString>();
        foreach (var edge in CellEdges.Extract(layout.Cells))
        {
            if (!reachEnvelope.Intersects(new Envelope(edge.Start, edge.End)))
            {
                continue;
            }

            var random = SeededRandom.For(seed, countyKey, stream, parentKey, edge.Left, edge.Right);
            var wiggled = new List<Coordinate> { edge.Start.Copy() };
            Wiggle(edge.Start, edge.End, labels, wiggle, random, wiggled);
            foreach (var piece in LineClipper.Clip(wiggled, locator))
            {
                result.Add(factory.CreateLineString(plane.ToGeographic(piece)));
            }
        }

        return result;
    }

    /// <summary>
    /// Appends the wiggled line from <paramref name="a"/> (excluded) to <paramref name="b"/>. The wiggle
    /// is capped so that it cannot reach any label point; where the cap would flatten a long edge because
    /// a label is near one part of it, the edge is halved at its (fixed) midpoint and each half gets the
    /// amplitude its own clearance allows.
    /// </summary>
    private void Wiggle(Coordinate a, Coordinate b, IReadOnlyList<Coordinate> labels, double wiggle, SeededRandom random, List<Coordinate> output)
    {
        var length = a.Distance(b);
        var clearance = labels.Min(l => DistanceComputer.PointToSegment(l, a, b));
        var amplitude = Math.Min(wiggle, ClearanceShare * clearance / (MidpointDisplacement.DeviationFactor(wiggle) * length));
        if (amplitude < 0.5 * wiggle && length > 4 * parameters.MaxPieceLengthMetres)
        {
            var mid = new Coordinate(0.5 * (a.X + b.X), 0.5 * (a.Y + b.Y));
            Wiggle(a, mid, labels, wiggle, random, output);
            Wiggle(mid, b, labels, wiggle, random, output);
            return;
        }

        output.AddRange(MidpointDisplacement.Displace(a, b, amplitude, parameters.MaxPieceLengthMetres, random).Skip(1));
    }

    /// <summary>
    /// A point well inside each cell of the layout (within the region): the cell's site when it lies at
    /// least a fifth of the cell's equivalent radius from the cell's boundary, which after the Lloyd steps
    /// is the rule; otherwise the centre of the cell's largest inscribed circle.
    /// </summary>
    private List<Coordinate> LabelPoints(Geometry region, CapacityPartition layout)
    {
        var inside = new IndexedPointInAreaLocator(region);
        var boundary = new IndexedFacetDistance(region);
        var result = new List<Coordinate>(layout.Cells.Count);
        for (var i = 0; i < layout.Cells.Count; i++)
        {
            var site = layout.Sites[i];
            var cell = layout.Cells[i];
            var wanted = 0.2 * Math.Sqrt(layout.Areas[i] / Math.PI);
            if (inside.Locate(site) == Location.Interior
                && cell.DistanceInside(site) >= wanted
                && boundary.Distance(planeFactory.CreatePoint(site)) >= wanted)
            {
                result.Add(site);
                continue;
            }

            var part = region.Intersection(cell.ToPolygon(planeFactory));
            if (part.Area <= 0)
            {
                throw new InvalidOperationException($"County {county.Code}: cell {i} of a layout has no area inside its parent.");
            }

            result.Add(new MaximumInscribedCircle(part, Math.Sqrt(part.Area) / 100).GetCenter().Coordinate);
        }

        return result;
    }

    private Geometry ToPlane(Geometry lonLat)
    {
        var polygons = Enumerable.Range(0, lonLat.NumGeometries)
            .Select(g => plane.ToPlane((Polygon)lonLat.GetGeometryN(g), planeFactory))
            .ToArray();
        return polygons.Length == 1 ? polygons[0] : planeFactory.CreateMultiPolygon(polygons);
    }

    private MultiPolygon Union(IEnumerable<Polygon> faces)
    {
        var union = CoverageUnion.Union(factory.BuildGeometry(faces));
        return union switch
        {
            MultiPolygon multi => multi,
            Polygon polygon => factory.CreateMultiPolygon([polygon]),
            _ => throw new InvalidOperationException($"County {county.Code}: a unit ended up without area."),
        };
    }

    /// <summary>Frame of the power diagrams: well past the overreach, so no cut edge ends at the frame inside it.</summary>
    private double FrameMargin(double overreach) => Math.Max(2000, 20 * overreach) + parameters.MaxPieceLengthMetres;

    private static double[] Normalise(double[] weights, double total)
    {
        var sum = weights.Sum();
        return [.. weights.Select(w => total * w / sum)];
    }

    /// <summary>A uniform random point of <paramref name="envelope"/> inside the area; falls back to <paramref name="fallback"/> when the envelope hardly meets the area.</summary>
    private static Coordinate RandomPointIn(Envelope envelope, IPointOnGeometryLocator area, SeededRandom random, Envelope? fallback = null)
    {
        for (var attempt = 0; attempt < 1000; attempt++)
        {
            var c = new Coordinate(random.NextDouble(envelope.MinX, envelope.MaxX), random.NextDouble(envelope.MinY, envelope.MaxY));
            if (area.Locate(c) == Location.Interior)
            {
                return c;
            }
        }

        return fallback is not null
            ? RandomPointIn(fallback, area, random)
            : throw new InvalidOperationException("No random point found inside a region: it has (almost) no area.");
    }

    private static long CodeKey(string code) => long.Parse(code, NumberStyles.None, CultureInfo.InvariantCulture);
}
