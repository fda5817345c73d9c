using NetTopologySuite.Geometries;

namespace GeoRelief.Core.Sample.Boundaries.Internal;

/// <summary>
/// Turns a straight boundary edge into a natural-looking wiggly line by recursive midpoint displacement:
/// the midpoint of every piece moves sideways by up to <c>amplitude × piece length</c>, then both halves
/// are treated the same way until pieces are short enough. The end points never move, so an edge
/// wiggled once and used by both neighbours keeps them matching, and edges meeting at a vertex still meet.
/// </summary>
internal static class MidpointDisplacement
{
    /// <summary>Depth cap: 2⁸ pieces per edge is far below what any map scale here can show.</summary>
    private const int MaxDepth = 8;

    /// <summary>
    /// The line from <paramref name="start"/> to <paramref name="end"/>, in order, ends included.
    /// </summary>
    /// <param name="amplitude">Sideways displacement as a fraction of the piece length (0 gives a straight, subdivided line).</param>
    /// <param name="maxPieceLength">Subdivision stops once the straight edge divided by 2^depth is at most this.</param>
    public static Coordinate[] Displace(Coordinate start, Coordinate end, double amplitude, double maxPieceLength, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(start);
        ArgumentNullException.ThrowIfNull(end);
        ArgumentNullException.ThrowIfNull(random);
        var length = start.Distance(end);
        var depth = 0;
        while (depth < MaxDepth && length / (1 << depth) > maxPieceLength)
        {
            depth++;
        }

        var result = new List<Coordinate>((1 << depth) + 1) { start.Copy() };
        Subdivide(start, end, depth, amplitude, random, result);
        return [.. result];
    }

    /// <summary>
    /// Upper bound on how far the displaced line can stray from the straight edge, as a multiple of
    /// <c>amplitude × edge length</c>. A piece at the next depth is at most √(¼ + amplitude²) as long as
    /// its parent, so the displacements form a geometric series with that ratio.
    /// </summary>
    public static double DeviationFactor(double amplitude) => 1.0 / (1.0 - Math.Sqrt(0.25 + (amplitude * amplitude)));

    /// <summary>Appends the points after <paramref name="a"/> up to and including <paramref name="b"/>.</summary>
    private static void Subdivide(Coordinate a, Coordinate b, int depth, double amplitude, SeededRandom random, List<Coordinate> output)
    {
        if (depth == 0)
        {
            output.Add(b.Copy());
            return;
        }

        var offset = amplitude * random.NextDouble(-1.0, 1.0);
        var dx = b.X - a.X;
        var dy = b.Y - a.Y;
        var mid = new Coordinate((0.5 * (a.X + b.X)) - (offset * dy), (0.5 * (a.Y + b.Y)) + (offset * dx));
        Subdivide(a, mid, depth - 1, amplitude, random, output);
        Subdivide(mid, b, depth - 1, amplitude, random, output);
    }
}
