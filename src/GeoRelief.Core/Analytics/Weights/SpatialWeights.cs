using System.Globalization;
using GeoRelief.Core.Analytics.Weights.Internal;
using NetTopologySuite.Geometries;

namespace GeoRelief.Core.Analytics.Weights;

/// <summary>
/// Spatial weights over units 0 … n−1: who neighbours whom, and how much. Units with no neighbour stay in the
/// weights and are listed in <see cref="UnitsWithoutNeighbours"/>, never dropped.
/// </summary>
public sealed class SpatialWeights
{
    private readonly int[][] neighbours;
    private readonly double[][] weights;

    private SpatialWeights(int[][] neighbours, WeightsTransform transform)
    {
        this.neighbours = neighbours;
        Transform = transform;
        weights = new double[neighbours.Length][];
        var isolated = new List<int>();
        for (var i = 0; i < neighbours.Length; i++)
        {
            var count = neighbours[i].Length;
            if (count == 0)
            {
                isolated.Add(i);
            }

            var weight = transform == WeightsTransform.RowStandardised && count > 0 ? 1.0 / count : 1.0;
            weights[i] = Enumerable.Repeat(weight, count).ToArray();
        }

        UnitsWithoutNeighbours = isolated;
    }

    /// <summary>Number of units.</summary>
    public int UnitCount => neighbours.Length;

    /// <summary>Binary or row-standardised.</summary>
    public WeightsTransform Transform { get; }

    /// <summary>Indices of units that have no neighbour at all (islands); statistics report them instead of dropping them.</summary>
    public IReadOnlyList<int> UnitsWithoutNeighbours { get; }

    /// <summary>Neighbours of a unit, ascending.</summary>
    public IReadOnlyList<int> NeighboursOf(int unit) => neighbours[CheckUnit(unit)];

    /// <summary>Weights of a unit's neighbours, in the order of <see cref="NeighboursOf"/>.</summary>
    public IReadOnlyList<double> WeightsOf(int unit) => weights[CheckUnit(unit)];

    /// <summary>Number of neighbours of a unit.</summary>
    public int NeighbourCount(int unit) => neighbours[CheckUnit(unit)].Length;

    /// <summary>The neighbour array itself, for the statistics' inner loops; callers must not modify it.</summary>
    internal int[] NeighbourArray(int unit) => neighbours[unit];

    /// <summary>The weight array itself, for the statistics' inner loops; callers must not modify it.</summary>
    internal double[] WeightArray(int unit) => weights[unit];

    /// <summary>The same neighbours with every row summing to 1 (islands keep an empty row).</summary>
    public SpatialWeights RowStandardised() => new(neighbours, WeightsTransform.RowStandardised);

    /// <summary>The same neighbours with every weight 1.</summary>
    public SpatialWeights Binary() => new(neighbours, WeightsTransform.Binary);

    /// <summary>Binary weights from one neighbour list per unit (need not be symmetric, e.g. k-nearest).</summary>
    /// <exception cref="ArgumentException">An index is out of range or a unit lists itself.</exception>
    public static SpatialWeights FromNeighbourLists(IReadOnlyList<IReadOnlyList<int>> neighbourLists)
    {
        ArgumentNullException.ThrowIfNull(neighbourLists);
        var n = neighbourLists.Count;
        var lists = new int[n][];
        for (var i = 0; i < n; i++)
        {
            var list = neighbourLists[i] ?? throw new ArgumentException(Format($"The neighbour list of unit {i} is null; give an empty list for a unit without neighbours."), nameof(neighbourLists));
            foreach (var j in list)
            {
                CheckPair(i, j, n, nameof(neighbourLists));
            }

            lists[i] = [.. list.Distinct().Order()];
        }

        return new SpatialWeights(lists, WeightsTransform.Binary);
    }

    /// <summary>
    /// Binary symmetric weights from adjacency pairs (e.g. queen or rook contiguity found in PostGIS); a pair given
    /// twice or in both orders counts once.
    /// </summary>
    /// <exception cref="ArgumentException">An index is out of range or a unit is paired with itself.</exception>
    public static SpatialWeights FromAdjacencyPairs(int unitCount, IEnumerable<(int First, int Second)> pairs)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(unitCount);
        ArgumentNullException.ThrowIfNull(pairs);
        var sets = new SortedSet<int>[unitCount];
        for (var i = 0; i < unitCount; i++)
        {
            sets[i] = [];
        }

        foreach (var (a, b) in pairs)
        {
            CheckPair(a, b, unitCount, nameof(pairs));
            sets[a].Add(b);
            sets[b].Add(a);
        }

        return new SpatialWeights([.. sets.Select(s => s.ToArray())], WeightsTransform.Binary);
    }

    /// <summary>
    /// Binary weights joining points whose planar distance is at most <paramref name="thresholdMetres"/> (inclusive, so
    /// a pair exactly on the threshold are neighbours). Coordinates must be planar, in metres (e.g. Gauss–Krüger).
    /// </summary>
    public static SpatialWeights DistanceBand(IReadOnlyList<Coordinate> points, double thresholdMetres)
    {
        CheckPoints(points);
        if (!double.IsFinite(thresholdMetres) || thresholdMetres <= 0)
        {
            throw new ArgumentException(Format($"The distance band threshold is {thresholdMetres} m; it must be a positive number of metres."), nameof(thresholdMetres));
        }

        return new SpatialWeights(PointNeighbours.WithinDistance(points, thresholdMetres), WeightsTransform.Binary);
    }

    /// <summary>
    /// Binary weights joining each point to its <paramref name="k"/> nearest other points (ties broken by lower index);
    /// not symmetric in general. Coordinates must be planar, in metres.
    /// </summary>
    public static SpatialWeights KNearest(IReadOnlyList<Coordinate> points, int k)
    {
        CheckPoints(points);
        if (k < 1 || k >= points.Count)
        {
            throw new ArgumentException(Format($"k is {k} for {points.Count} points; it must be between 1 and {points.Count - 1} (the number of other points)."), nameof(k));
        }

        return new SpatialWeights(PointNeighbours.Nearest(points, k), WeightsTransform.Binary);
    }

    /// <summary>
    /// Smallest distance-band threshold (metres) that gives every point at least one neighbour: the largest
    /// nearest-neighbour distance.
    /// </summary>
    public static double MinimumThresholdDistance(IReadOnlyList<Coordinate> points)
    {
        CheckPoints(points);
        if (points.Count < 2)
        {
            throw new ArgumentException("At least two points are needed for a point to have a neighbour.", nameof(points));
        }

        var nearest = PointNeighbours.Nearest(points, 1);
        var max = 0.0;
        for (var i = 0; i < points.Count; i++)
        {
            max = Math.Max(max, points[i].Distance(points[nearest[i][0]]));
        }

        return max;
    }

    private int CheckUnit(int unit)
    {
        if ((uint)unit >= (uint)neighbours.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(unit), unit, Format($"Unit index must be between 0 and {neighbours.Length - 1}."));
        }

        return unit;
    }

    private static void CheckPair(int a, int b, int unitCount, string paramName)
    {
        if ((uint)a >= (uint)unitCount || (uint)b >= (uint)unitCount)
        {
            throw new ArgumentException(Format($"Neighbour pair ({a}, {b}) refers to a unit outside 0 … {unitCount - 1}."), paramName);
        }

        if (a == b)
        {
            throw new ArgumentException(Format($"Unit {a} is listed as its own neighbour; self-weights are added by the statistics that need them (Gi*)."), paramName);
        }
    }

    private static void CheckPoints(IReadOnlyList<Coordinate> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        for (var i = 0; i < points.Count; i++)
        {
            var p = points[i] ?? throw new ArgumentException(Format($"Point {i} is null."), nameof(points));
            if (!double.IsFinite(p.X) || !double.IsFinite(p.Y))
            {
                throw new ArgumentException(Format($"Point {i} has a coordinate that is not a finite number."), nameof(points));
            }
        }
    }

    private static string Format(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
