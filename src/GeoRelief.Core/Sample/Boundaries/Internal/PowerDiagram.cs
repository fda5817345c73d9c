using NetTopologySuite.Geometries;

namespace GeoRelief.Core.Sample.Boundaries.Internal;

/// <summary>
/// Power diagram (weighted Voronoi, Laguerre): the cell of site i holds the points whose power distance
/// <c>|x − pᵢ|² − wᵢ</c> is smallest. Unlike a Voronoi diagram its cells can be given prescribed areas by
/// adjusting the weights, which is how townships and villages get varied, planned sizes.
/// Cells are cut out of a rectangular frame half-plane by half-plane: O(n²), ample for the ≤ 60 sites of
/// one parent unit and exact in the sense that matters here (every edge knows its two sites).
/// </summary>
internal static class PowerDiagram
{
    public static ConvexCell[] Compute(IReadOnlyList<Coordinate> sites, IReadOnlyList<double> weights, Envelope frame)
    {
        ArgumentNullException.ThrowIfNull(sites);
        ArgumentNullException.ThrowIfNull(weights);
        if (sites.Count != weights.Count)
        {
            throw new ArgumentException("Every site needs exactly one weight.", nameof(weights));
        }

        var cells = new ConvexCell[sites.Count];
        for (var i = 0; i < sites.Count; i++)
        {
            var cell = ConvexCell.FromEnvelope(frame);
            for (var j = 0; j < sites.Count && !cell.IsEmpty; j++)
            {
                if (j != i)
                {
                    cell = cell.Clip(HalfPlane.PowerSide(sites[i], weights[i], sites[j], weights[j]), j);
                }
            }

            cells[i] = cell;
        }

        return cells;
    }
}
