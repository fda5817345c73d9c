using NetTopologySuite.Geometries;
using NetTopologySuite.Simplify;

namespace GeoRelief.Core.Sample.Boundaries.Internal;

/// <summary>
/// A centroidal power diagram with area targets (in the spirit of capacity-constrained Voronoi
/// tessellations): alternate Newton steps on the weights, which bring each cell's area within the region
/// towards its target, with Lloyd steps, which move each site to the centroid of its cell and so round
/// the cells off. A few rounds give compact cells of planned, unequal sizes.
/// </summary>
internal sealed class CapacityPartition
{
    /// <summary>Keeps the Jacobi weight update from overshooting, since neighbours adjust at the same time.</summary>
    private const double WeightDamping = 0.5;

    /// <summary>
    /// Trust region of one weight step, as a share of the cell's target area: a cell's edges then move by
    /// at most about a quarter of its size per step, so a cell pinched in a concave corner (whose Newton
    /// estimate is poor) cannot swell across the whole region in one step.
    /// </summary>
    private const double MaxWeightChange = 0.5;

    /// <summary>Rounds of reviving cells that the last step squeezed out; each revival can only squeeze a neighbour slightly.</summary>
    private const int MaxRevivals = 10;

    /// <summary>How many times the usual weight steps the final balancing takes.</summary>
    private const int FinalBalanceFactor = 3;

    private CapacityPartition(Coordinate[] sites, double[] weights, ConvexCell[] cells, double[] areas)
    {
        Sites = sites;
        Weights = weights;
        Cells = cells;
        Areas = areas;
    }

    public IReadOnlyList<Coordinate> Sites { get; }

    public IReadOnlyList<double> Weights { get; }

    /// <summary>Power cells within the frame (the region's envelope plus a margin); they cover the region.</summary>
    public IReadOnlyList<ConvexCell> Cells { get; }

    /// <summary>Area of each cell within the region (as simplified for the iteration).</summary>
    public IReadOnlyList<double> Areas { get; }

    /// <param name="region">Polygonal region to share out, in a metric plane.</param>
    /// <param name="targetAreas">Wanted area per cell; they should add up to the region's area.</param>
    /// <param name="initialSites">One starting site per cell, inside the region.</param>
    /// <param name="frameMargin">How far the frame reaches beyond the region's envelope, so that edges reach past the region.</param>
    /// <param name="lloydSteps">Rounds of (weight steps, then move sites to centroids).</param>
    /// <param name="weightSteps">Newton steps on the weights per round.</param>
    public static CapacityPartition Compute(
        Geometry region,
        IReadOnlyList<double> targetAreas,
        IReadOnlyList<Coordinate> initialSites,
        double frameMargin,
        int lloydSteps,
        int weightSteps)
    {
        ArgumentNullException.ThrowIfNull(region);
        ArgumentNullException.ThrowIfNull(targetAreas);
        ArgumentNullException.ThrowIfNull(initialSites);
        if (targetAreas.Count != initialSites.Count)
        {
            throw new ArgumentException("Every cell needs exactly one initial site.", nameof(initialSites));
        }

        // The iteration only needs areas and centroids to a fraction of a percent: measure them on a
        // simplified region (a wiggly parent has thousands of vertices), tolerance 2 % of a mean cell's side.
        var tolerance = 0.02 * Math.Sqrt(region.Area / targetAreas.Count);
        region = DouglasPeuckerSimplifier.Simplify(region, tolerance);
        var frame = region.EnvelopeInternal.Copy();
        frame.ExpandBy(frameMargin);
        var sites = initialSites.Select(c => c.Copy()).ToArray();
        var weights = new double[sites.Length];
        for (var round = 0; round < lloydSteps; round++)
        {
            weights = BalanceWeights(region, targetAreas, sites, weights, frame, weightSteps);
            var cells = PowerDiagram.Compute(sites, weights, frame);
            for (var i = 0; i < sites.Length; i++)
            {
                var (_, centroid) = RegionMoments.Of(region, cells[i]);
                if (centroid is not null)
                {
                    sites[i] = centroid;
                }
            }
        }

        // Balance longer after the last move: the sites are settled now, and small cells squeezed between
        // crowded neighbours (residents' committees of a town) need the extra steps to reach their size.
        weights = BalanceWeights(region, targetAreas, sites, weights, frame, FinalBalanceFactor * weightSteps);
        var finalCells = PowerDiagram.Compute(sites, weights, frame);
        var finalAreas = finalCells.Select(c => RegionMoments.Of(region, c).Area).ToArray();
        for (var attempt = 0; attempt < MaxRevivals && finalAreas.Any(a => a <= 0); attempt++)
        {
            var revived = (double[])weights.Clone();
            for (var i = 0; i < sites.Length; i++)
            {
                if (finalAreas[i] <= 0)
                {
                    revived[i] = Revived(i, sites, weights, targetAreas[i]);
                }
            }

            weights = revived;
            finalCells = PowerDiagram.Compute(sites, weights, frame);
            finalAreas = [.. finalCells.Select(c => RegionMoments.Of(region, c).Area)];
        }

        return new CapacityPartition(sites, weights, finalCells, finalAreas);
    }

    /// <summary>Damped, trust-region Newton steps on the weights towards the target areas; squeezed-out cells are revived.</summary>
    private static double[] BalanceWeights(
        Geometry region, IReadOnlyList<double> targetAreas, Coordinate[] sites, double[] weights, Envelope frame, int steps)
    {
        for (var step = 0; step < steps; step++)
        {
            var cells = PowerDiagram.Compute(sites, weights, frame);
            var areas = cells.Select(c => RegionMoments.Of(region, c).Area).ToArray();
            var next = (double[])weights.Clone();
            for (var i = 0; i < sites.Length; i++)
            {
                var change = WeightDamping * WeightChange(i, targetAreas[i] - areas[i], sites, cells[i]);
                next[i] += Math.Clamp(change, -MaxWeightChange * targetAreas[i], MaxWeightChange * targetAreas[i]);
            }

            for (var i = 0; i < sites.Length; i++)
            {
                if (areas[i] <= 0)
                {
                    next[i] = Revived(i, sites, next, targetAreas[i]);
                }
            }

            weights = next;
        }

        return weights;
    }

    /// <summary>
    /// Newton step for one weight: raising wᵢ by δ moves the edge with neighbour j outwards by
    /// δ / (2·|pᵢ − pⱼ|), so the area grows by Σⱼ lengthᵢⱼ / (2·|pᵢ − pⱼ|) per unit of weight.
    /// </summary>
    private static double WeightChange(int i, double areaShortfall, Coordinate[] sites, ConvexCell cell)
    {
        double growthRate = 0;
        for (var k = 0; k < cell.Vertices.Count; k++)
        {
            var j = cell.EdgeNeighbours[k];
            if (j != ConvexCell.Frame)
            {
                var length = cell.Vertices[k].Distance(cell.Vertices[(k + 1) % cell.Vertices.Count]);
                growthRate += length / (2 * sites[i].Distance(sites[j]));
            }
        }

        return growthRate > 0 ? areaShortfall / growthRate : 0;
    }

    /// <summary>
    /// A weight that gives a squeezed-out cell back its own site with room around it: at pᵢ the power
    /// distance to i, −wᵢ, then beats every other site's |pᵢ − pⱼ|² − wⱼ by a quarter of the target area.
    /// </summary>
    private static double Revived(int i, Coordinate[] sites, double[] weights, double targetArea)
    {
        var strongest = double.NegativeInfinity;
        for (var j = 0; j < sites.Length; j++)
        {
            if (j != i)
            {
                var d = sites[i].Distance(sites[j]);
                strongest = Math.Max(strongest, weights[j] - (d * d));
            }
        }

        return Math.Max(weights[i], strongest + (0.25 * targetArea));
    }
}
