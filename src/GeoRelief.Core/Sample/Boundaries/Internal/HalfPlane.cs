using NetTopologySuite.Geometries;

namespace GeoRelief.Core.Sample.Boundaries.Internal;

/// <summary>The closed half-plane <c>nx·x + ny·y ≤ offset</c>.</summary>
internal readonly record struct HalfPlane(double Nx, double Ny, double Offset)
{
    /// <summary>
    /// Where site <paramref name="a"/> (weight <paramref name="wa"/>) has no greater power distance
    /// <c>|x − p|² − w</c> than site <paramref name="b"/>; with equal weights, the Voronoi half-plane.
    /// Written about the midpoint so that large coordinates do not cost precision.
    /// </summary>
    public static HalfPlane PowerSide(Coordinate a, double wa, Coordinate b, double wb)
    {
        var nx = b.X - a.X;
        var ny = b.Y - a.Y;
        var mx = 0.5 * (a.X + b.X);
        var my = 0.5 * (a.Y + b.Y);
        return new HalfPlane(nx, ny, (nx * mx) + (ny * my) + (0.5 * (wa - wb)));
    }

    /// <summary>Signed excess: ≤ 0 inside, proportional to the distance outside.</summary>
    public double Excess(Coordinate p) => (Nx * p.X) + (Ny * p.Y) - Offset;

    /// <summary>Where segment p–q crosses the boundary line; call only when the excesses differ in sign.</summary>
    public Coordinate Crossing(Coordinate p, Coordinate q)
    {
        var ep = Excess(p);
        var eq = Excess(q);
        var t = ep / (ep - eq);
        return new Coordinate(p.X + (t * (q.X - p.X)), p.Y + (t * (q.Y - p.Y)));
    }
}
