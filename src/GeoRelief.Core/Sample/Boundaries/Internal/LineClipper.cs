using NetTopologySuite.Algorithm.Locate;
using NetTopologySuite.Geometries;

namespace GeoRelief.Core.Sample.Boundaries.Internal;

/// <summary>
/// Keeps the parts of a polyline inside an area. Vertices of the polyline are never moved (an overlay
/// may snap them when it falls back to its robust mode, and the junction vertices must stay exactly
/// where they are); the cut points where the line leaves the area are found by bisection.
/// </summary>
internal static class LineClipper
{
    /// <summary>Bisection steps: halves the crossing uncertainty each time, 2⁻⁴⁰ of a piece is far below the output grid.</summary>
    private const int BisectionSteps = 40;

    /// <summary>
    /// The inside pieces of <paramref name="line"/>, in order. A segment whose two ends are both outside
    /// is dropped even if it grazes the area; callers clip to a buffer wider than their pieces are long.
    /// </summary>
    public static IReadOnlyList<Coordinate[]> Clip(IReadOnlyList<Coordinate> line, IPointOnGeometryLocator area)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(area);
        var pieces = new List<Coordinate[]>();
        List<Coordinate>? current = null;
        for (var k = 0; k < line.Count; k++)
        {
            var inside = IsInside(area, line[k]);
            if (inside && current is null)
            {
                current = k > 0 ? [Crossing(area, line[k], line[k - 1])] : [];
            }
            else if (!inside && current is not null)
            {
                current.Add(Crossing(area, line[k - 1], line[k]));
                AddPiece(pieces, current);
                current = null;
            }

            if (inside)
            {
                current!.Add(line[k]);
            }
        }

        if (current is not null)
        {
            AddPiece(pieces, current);
        }

        return pieces;
    }

    private static bool IsInside(IPointOnGeometryLocator area, Coordinate c) => area.Locate(c) != Location.Exterior;

    /// <summary>The last point from <paramref name="inside"/> towards <paramref name="outside"/> still in the area, within 2⁻⁴⁰ of the segment.</summary>
    private static Coordinate Crossing(IPointOnGeometryLocator area, Coordinate inside, Coordinate outside)
    {
        double lo = 0, hi = 1;
        for (var step = 0; step < BisectionSteps; step++)
        {
            var mid = 0.5 * (lo + hi);
            if (IsInside(area, At(inside, outside, mid)))
            {
                lo = mid;
            }
            else
            {
                hi = mid;
            }
        }

        return At(inside, outside, lo);
    }

    private static Coordinate At(Coordinate a, Coordinate b, double t) => new(a.X + (t * (b.X - a.X)), a.Y + (t * (b.Y - a.Y)));

    private static void AddPiece(List<Coordinate[]> pieces, List<Coordinate> piece)
    {
        if (piece.Count >= 2)
        {
            pieces.Add([.. piece]);
        }
    }
}
