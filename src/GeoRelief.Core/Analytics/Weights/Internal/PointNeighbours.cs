using NetTopologySuite.Geometries;

namespace GeoRelief.Core.Analytics.Weights.Internal;

/// <summary>Neighbour searches on planar points through a uniform grid, so large point sets avoid the O(n²) all-pairs scan.</summary>
internal static class PointNeighbours
{
    /// <summary>For every point, the other points within <paramref name="threshold"/> (inclusive), ascending by index.</summary>
    public static int[][] WithinDistance(IReadOnlyList<Coordinate> points, double threshold)
    {
        // Cells as wide as the threshold: every neighbour lies in the 3 × 3 block around a point's cell.
        var grid = new PointGrid(points, threshold);
        var limit = threshold * threshold;
        var result = new int[points.Count][];
        var found = new List<int>();
        for (var i = 0; i < points.Count; i++)
        {
            found.Clear();
            var (cx, cy) = grid.CellOf(points[i]);
            for (var dx = -1; dx <= 1; dx++)
            {
                for (var dy = -1; dy <= 1; dy++)
                {
                    foreach (var j in grid.PointsIn(cx + dx, cy + dy))
                    {
                        if (j != i && SquaredDistance(points[i], points[j]) <= limit)
                        {
                            found.Add(j);
                        }
                    }
                }
            }

            found.Sort();
            result[i] = [.. found];
        }

        return result;
    }

    /// <summary>For every point, its k nearest other points (ties by lower index), ascending by index.</summary>
    public static int[][] Nearest(IReadOnlyList<Coordinate> points, int k)
    {
        var grid = new PointGrid(points, CellSizeFor(points, k));
        var result = new int[points.Count][];
        var best = new NearestBuffer(k);
        for (var i = 0; i < points.Count; i++)
        {
            best.Clear();
            var (cx, cy) = grid.CellOf(points[i]);
            for (var ring = 0; ; ring++)
            {
                foreach (var (x, y) in RingCells(cx, cy, ring))
                {
                    foreach (var j in grid.PointsIn(x, y))
                    {
                        if (j != i)
                        {
                            best.Offer(SquaredDistance(points[i], points[j]), j);
                        }
                    }
                }

                // Points outside rings 0 … ring are farther than ring · cell from any point of the centre cell.
                var reach = ring * grid.CellSize;
                if ((best.IsFull && best.Worst <= reach * reach) || ring > grid.MaxRing)
                {
                    break;
                }
            }

            result[i] = best.IndicesAscending();
        }

        return result;
    }

    private static IEnumerable<(int X, int Y)> RingCells(int cx, int cy, int ring)
    {
        if (ring == 0)
        {
            yield return (cx, cy);
            yield break;
        }

        for (var d = -ring; d <= ring; d++)
        {
            yield return (cx + d, cy - ring);
            yield return (cx + d, cy + ring);
        }

        for (var d = -ring + 1; d <= ring - 1; d++)
        {
            yield return (cx - ring, cy + d);
            yield return (cx + ring, cy + d);
        }
    }

    private static double CellSizeFor(IReadOnlyList<Coordinate> points, int k)
    {
        var env = new Envelope();
        foreach (var p in points)
        {
            env.ExpandToInclude(p);
        }

        // About k points per cell on average; a degenerate extent (all points on a line or one spot) falls back to 1 m.
        var area = Math.Max(env.Width, 1.0) * Math.Max(env.Height, 1.0);
        return Math.Max(Math.Sqrt(area * k / points.Count), 1e-6);
    }

    private static double SquaredDistance(Coordinate a, Coordinate b)
    {
        var dx = a.X - b.X;
        var dy = a.Y - b.Y;
        return (dx * dx) + (dy * dy);
    }
}
