using NetTopologySuite.Geometries;

namespace GeoRelief.Core.Sample.Boundaries.Internal;

/// <summary>
/// The shared edges of a diagram, each once, with the vertices where edges meet made bit-identical.
/// Cells are computed independently, so the same diagram vertex comes out of two or three cells with
/// differences in the last bits; rounded to the output grid, such twins could land one grid step apart
/// and leave a gap through which two cells would merge. Welding them here makes the junctions exact.
/// </summary>
internal static class CellEdges
{
    /// <summary>Vertices closer than this (in plane units, metres) are one vertex.</summary>
    private const double WeldTolerance = 1e-3;

    public static IReadOnlyList<CellEdge> Extract(IReadOnlyList<ConvexCell> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        var raw = new List<CellEdge>();
        for (var i = 0; i < cells.Count; i++)
        {
            var cell = cells[i];
            for (var k = 0; k < cell.Vertices.Count; k++)
            {
                var j = cell.EdgeNeighbours[k];
                if (j > i)
                {
                    raw.Add(new CellEdge(i, j, cell.Vertices[k], cell.Vertices[(k + 1) % cell.Vertices.Count]));
                }
            }
        }

        var welded = Weld([.. raw.SelectMany(e => new[] { e.Start, e.End })]);
        var result = new List<CellEdge>(raw.Count);
        for (var e = 0; e < raw.Count; e++)
        {
            var start = welded[2 * e];
            var end = welded[(2 * e) + 1];
            if (!start.Equals2D(end))
            {
                result.Add(raw[e] with { Start = start, End = end });
            }
        }

        return result;
    }

    /// <summary>Each point replaced by the first point (in x, then y, then input order) within the tolerance of it.</summary>
    private static Coordinate[] Weld(Coordinate[] points)
    {
        var order = Enumerable.Range(0, points.Length)
            .OrderBy(i => points[i].X)
            .ThenBy(i => points[i].Y)
            .ThenBy(i => i)
            .ToArray();
        var result = new Coordinate[points.Length];
        for (var s = 0; s < order.Length; s++)
        {
            var p = points[order[s]];
            var representative = p;
            for (var r = s - 1; r >= 0 && p.X - points[order[r]].X <= WeldTolerance; r--)
            {
                var candidate = result[order[r]];
                if (candidate.Distance(p) <= WeldTolerance)
                {
                    representative = candidate;
                }
            }

            result[order[s]] = representative;
        }

        return result;
    }
}
