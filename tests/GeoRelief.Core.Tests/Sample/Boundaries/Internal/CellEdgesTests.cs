using GeoRelief.Core.Sample.Boundaries.Internal;
using NetTopologySuite.Geometries;

namespace GeoRelief.Core.Tests.Sample.Boundaries.Internal;

public sealed class CellEdgesTests
{
    private static readonly GeometryFactory Factory = new();

    [Fact]
    public void Four_sites_in_a_square_share_four_edges_meeting_at_the_centre()
    {
        // Diagonal neighbours touch only at (5 5), which makes no edge.
        var cells = PowerDiagram.Compute([new(2, 2), new(8, 2), new(2, 8), new(8, 8)], [0, 0, 0, 0], new Envelope(0, 10, 0, 10));
        var edges = CellEdges.Extract(cells);
        Assert.Equal([(0, 1), (0, 2), (1, 3), (2, 3)], edges.Select(e => (e.Left, e.Right)).Order());
        GeometryAssert.Equal(
            "MULTILINESTRING ((5 0, 5 5), (0 5, 5 5), (5 5, 10 5), (5 5, 5 10))",
            Factory.CreateMultiLineString([.. edges.Select(e => Factory.CreateLineString([e.Start, e.End]))]));
    }

    [Fact]
    public void Junction_vertices_computed_in_different_cells_are_welded_bit_for_bit()
    {
        var random = SeededRandom.For(3);
        var sites = Enumerable.Range(0, 40).Select(_ => new Coordinate(random.NextDouble(0, 1e5), random.NextDouble(0, 1e5))).ToArray();
        var weights = sites.Select(_ => random.NextDouble(0, 1e7)).ToArray();
        var edges = CellEdges.Extract(PowerDiagram.Compute(sites, weights, new Envelope(-1e4, 1.1e5, -1e4, 1.1e5)));
        var ends = edges.SelectMany(e => new[] { e.Start, e.End }).ToList();
        for (var i = 0; i < ends.Count; i++)
        {
            for (var j = i + 1; j < ends.Count; j++)
            {
                var d = ends[i].Distance(ends[j]);
                Assert.True(d == 0 || d > 1e-3, $"ends {d} apart");
            }
        }

        // Every interior junction is shared: each welded point ends at least two edges, except on the frame.
        Assert.All(
            ends.GroupBy(c => (c.X, c.Y)).Where(g => g.Key.X > -1e4 && g.Key.X < 1.1e5 && g.Key.Y > -1e4 && g.Key.Y < 1.1e5),
            g => Assert.True(g.Count() >= 2));
    }
}
