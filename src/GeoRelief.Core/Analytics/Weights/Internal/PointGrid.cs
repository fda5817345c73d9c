using System.Runtime.InteropServices;
using NetTopologySuite.Geometries;

namespace GeoRelief.Core.Analytics.Weights.Internal;

/// <summary>Point indices bucketed into square cells of a fixed size.</summary>
internal sealed class PointGrid
{
    private readonly Dictionary<(int X, int Y), List<int>> cells = [];
    private readonly double originX;
    private readonly double originY;

    public PointGrid(IReadOnlyList<Coordinate> points, double cellSize)
    {
        CellSize = cellSize;
        originX = points.Count > 0 ? points.Min(p => p.X) : 0;
        originY = points.Count > 0 ? points.Min(p => p.Y) : 0;
        var maxCell = 0;
        for (var i = 0; i < points.Count; i++)
        {
            var key = CellOf(points[i]);
            maxCell = Math.Max(maxCell, Math.Max(key.X, key.Y));
            if (!cells.TryGetValue(key, out var list))
            {
                list = [];
                cells[key] = list;
            }

            list.Add(i);
        }

        MaxRing = maxCell + 1;
    }

    /// <summary>Side of a cell, in coordinate units.</summary>
    public double CellSize { get; }

    /// <summary>A ring wider than this around any cell covers every point.</summary>
    public int MaxRing { get; }

    /// <summary>Cell holding a coordinate.</summary>
    public (int X, int Y) CellOf(Coordinate p) =>
        ((int)Math.Floor((p.X - originX) / CellSize), (int)Math.Floor((p.Y - originY) / CellSize));

    /// <summary>Indices of the points in a cell (none for an empty or outside cell).</summary>
    public ReadOnlySpan<int> PointsIn(int x, int y) => cells.TryGetValue((x, y), out var list) ? CollectionsMarshal.AsSpan(list) : [];
}
