using NetTopologySuite.Algorithm;
using NetTopologySuite.Geometries;

namespace GeoRelief.Core.Sample.Boundaries.Internal;

/// <summary>
/// Area and centroid of (polygonal region ∩ convex cell), without building the intersection: every ring
/// is clipped against the cell's edges (Sutherland–Hodgman) and measured with the shoelace formula. On a
/// non-convex region the clipped ring may run along the cut twice in opposite directions; those
/// degenerate stretches enclose no area, so the moments stay exact. This is the inner loop of the
/// capacity iteration, where an overlay per cell and step would dominate the run time.
/// </summary>
internal static class RegionMoments
{
    /// <summary>Area (≥ 0) and centroid of the part of <paramref name="region"/> inside <paramref name="cell"/>; centroid null when the area is 0.</summary>
    public static (double Area, Coordinate? Centroid) Of(Geometry region, ConvexCell cell)
    {
        ArgumentNullException.ThrowIfNull(region);
        ArgumentNullException.ThrowIfNull(cell);
        if (cell.IsEmpty)
        {
            return (0, null);
        }

        var planes = EdgePlanes(cell);
        double area = 0, sx = 0, sy = 0;
        for (var g = 0; g < region.NumGeometries; g++)
        {
            var polygon = (Polygon)region.GetGeometryN(g);
            Accumulate(polygon.ExteriorRing.Coordinates, planes, isHole: false, ref area, ref sx, ref sy);
            for (var h = 0; h < polygon.NumInteriorRings; h++)
            {
                Accumulate(polygon.GetInteriorRingN(h).Coordinates, planes, isHole: true, ref area, ref sx, ref sy);
            }
        }

        return area > 0 ? (area, new Coordinate(sx / area, sy / area)) : (0, null);
    }

    /// <summary>The half-planes whose intersection is the (counter-clockwise) cell: each edge keeps its left side.</summary>
    private static HalfPlane[] EdgePlanes(ConvexCell cell)
    {
        var v = cell.Vertices;
        var planes = new HalfPlane[v.Count];
        for (var k = 0; k < v.Count; k++)
        {
            var a = v[k];
            var b = v[(k + 1) % v.Count];
            var nx = b.Y - a.Y;
            var ny = a.X - b.X;
            planes[k] = new HalfPlane(nx, ny, (nx * a.X) + (ny * a.Y));
        }

        return planes;
    }

    /// <summary>Adds the ring's clipped area and first moments, counted positive for shells and negative for holes whatever the ring's orientation.</summary>
    private static void Accumulate(Coordinate[] closedRing, HalfPlane[] planes, bool isHole, ref double area, ref double sx, ref double sy)
    {
        var sign = Orientation.IsCCW(closedRing) ^ isHole ? 1.0 : -1.0;
        var ring = new List<Coordinate>(closedRing.Length);
        ring.AddRange(closedRing.Take(closedRing.Length - 1));
        foreach (var plane in planes)
        {
            ring = ClipRing(ring, plane);
            if (ring.Count < 3)
            {
                return;
            }
        }

        double a2 = 0, cx6 = 0, cy6 = 0;
        for (var k = 0; k < ring.Count; k++)
        {
            var p = ring[k];
            var q = ring[(k + 1) % ring.Count];
            var cross = (p.X * q.Y) - (q.X * p.Y);
            a2 += cross;
            cx6 += (p.X + q.X) * cross;
            cy6 += (p.Y + q.Y) * cross;
        }

        area += sign * a2 / 2;
        sx += sign * cx6 / 6;
        sy += sign * cy6 / 6;
    }

    private static List<Coordinate> ClipRing(List<Coordinate> ring, HalfPlane plane)
    {
        var result = new List<Coordinate>(ring.Count + 4);
        for (var k = 0; k < ring.Count; k++)
        {
            var p = ring[k];
            var q = ring[(k + 1) % ring.Count];
            var pInside = plane.Excess(p) <= 0;
            var qInside = plane.Excess(q) <= 0;
            if (pInside)
            {
                result.Add(p);
            }

            if (pInside != qInside)
            {
                result.Add(plane.Crossing(p, q));
            }
        }

        return result;
    }
}
