using NetTopologySuite.Geometries;

namespace GeoRelief.Core.Sample.Boundaries.Internal;

/// <summary>
/// A convex polygon (counter-clockwise, not closed) whose every edge remembers which neighbouring site
/// made it, so that each shared edge of a diagram can be taken exactly once.
/// </summary>
internal sealed class ConvexCell
{
    /// <summary>Edge tag of the edges that come from the frame rather than from a neighbour.</summary>
    public const int Frame = -1;

    private readonly Coordinate[] vertices;
    private readonly int[] edgeNeighbours;

    private ConvexCell(Coordinate[] vertices, int[] edgeNeighbours)
    {
        this.vertices = vertices;
        this.edgeNeighbours = edgeNeighbours;
    }

    /// <summary>Vertices in counter-clockwise order; edge k runs from vertex k to vertex k + 1 (cyclically).</summary>
    public IReadOnlyList<Coordinate> Vertices => vertices;

    /// <summary>For edge k, the neighbouring site that made it, or <see cref="Frame"/>.</summary>
    public IReadOnlyList<int> EdgeNeighbours => edgeNeighbours;

    public bool IsEmpty => vertices.Length < 3;

    public static ConvexCell FromEnvelope(Envelope frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        return new ConvexCell(
            [new(frame.MinX, frame.MinY), new(frame.MaxX, frame.MinY), new(frame.MaxX, frame.MaxY), new(frame.MinX, frame.MaxY)],
            [Frame, Frame, Frame, Frame]);
    }

    /// <summary>This cell cut down to <paramref name="plane"/>; the new edge along the cut is tagged <paramref name="neighbour"/>.</summary>
    public ConvexCell Clip(HalfPlane plane, int neighbour)
    {
        // Most half-planes of a diagram miss most cells: answer those without allocating.
        if (Array.TrueForAll(vertices, v => plane.Excess(v) <= 0))
        {
            return this;
        }

        var clipped = new List<Coordinate>(vertices.Length + 1);
        var tags = new List<int>(vertices.Length + 1);
        for (var k = 0; k < vertices.Length; k++)
        {
            var p = vertices[k];
            var q = vertices[(k + 1) % vertices.Length];
            var pInside = plane.Excess(p) <= 0;
            var qInside = plane.Excess(q) <= 0;
            if (pInside)
            {
                Append(clipped, tags, p, edgeNeighbours[k]);
                if (!qInside)
                {
                    Append(clipped, tags, plane.Crossing(p, q), neighbour);
                }
            }
            else if (qInside)
            {
                Append(clipped, tags, plane.Crossing(p, q), edgeNeighbours[k]);
            }
        }

        if (clipped.Count > 1 && clipped[^1].Equals2D(clipped[0]))
        {
            clipped.RemoveAt(clipped.Count - 1);
            tags.RemoveAt(tags.Count - 1);
        }

        return new ConvexCell([.. clipped], [.. tags]);
    }

    /// <summary>Distance from <paramref name="p"/> to the nearest edge if the point is inside the cell, else a negative number.</summary>
    public double DistanceInside(Coordinate p)
    {
        ArgumentNullException.ThrowIfNull(p);
        if (IsEmpty)
        {
            return -1;
        }

        var nearest = double.PositiveInfinity;
        for (var k = 0; k < vertices.Length; k++)
        {
            var a = vertices[k];
            var b = vertices[(k + 1) % vertices.Length];

            // Counter-clockwise: the inside is to the left of every edge.
            var cross = ((b.X - a.X) * (p.Y - a.Y)) - ((b.Y - a.Y) * (p.X - a.X));
            if (cross < 0)
            {
                return -1;
            }

            nearest = Math.Min(nearest, cross / a.Distance(b));
        }

        return nearest;
    }

    /// <summary>The cell as a closed polygon (empty when the cell is).</summary>
    public Polygon ToPolygon(GeometryFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        if (IsEmpty)
        {
            return factory.CreatePolygon();
        }

        return factory.CreatePolygon([.. vertices.Select(v => v.Copy()), vertices[0].Copy()]);
    }

    /// <summary>Adds a vertex, dropping it when it repeats the previous one (a cut through a vertex).</summary>
    private static void Append(List<Coordinate> clipped, List<int> tags, Coordinate c, int tag)
    {
        if (clipped.Count > 0 && clipped[^1].Equals2D(c))
        {
            tags[^1] = tag;
            return;
        }

        clipped.Add(c);
        tags.Add(tag);
    }
}
