using System.Globalization;
using GeoRelief.Core.Sample.Boundaries.Internal;
using NetTopologySuite.Geometries;

namespace GeoRelief.Core.Tests.Sample.Boundaries.Internal;

public sealed class MidpointDisplacementTests
{
    private static readonly GeometryFactory Factory = new();

    [Fact]
    public void Without_amplitude_the_edge_is_only_subdivided_until_pieces_are_short_enough()
    {
        // 100 → 50 → 25: two halvings bring the pieces under 30.
        var line = MidpointDisplacement.Displace(new(0, 0), new(100, 0), 0, 30, SeededRandom.For(1));
        GeometryAssert.Equal("LINESTRING (0 0, 25 0, 50 0, 75 0, 100 0)", Factory.CreateLineString(line));
    }

    [Fact]
    public void One_level_moves_the_midpoint_square_to_the_edge_by_amplitude_times_length_times_a_uniform_draw()
    {
        var u = SeededRandom.For(5).NextDouble(-1, 1);
        var line = MidpointDisplacement.Displace(new(0, 0), new(0, 100), 0.1, 60, SeededRandom.For(5));

        // Edge pointing north: the offset (−dy, dx)·0.1·u moves the midpoint west by 10·u.
        GeometryAssert.Equal(string.Create(CultureInfo.InvariantCulture, $"LINESTRING (0 0, {-10 * u:R} 50, 0 100)"), Factory.CreateLineString(line));
    }

    [Fact]
    public void End_points_stay_exactly_and_the_line_stays_within_the_deviation_bound()
    {
        var start = new Coordinate(3.5, -2.25);
        var end = new Coordinate(803.5, 597.75);
        for (var seed = 0; seed < 50; seed++)
        {
            var line = MidpointDisplacement.Displace(start, end, 0.12, 20, SeededRandom.For(seed));
            Assert.Equal(65, line.Length);
            Assert.True(line[0].Equals2D(start) && line[^1].Equals2D(end));
            var straight = new LineSegment(start, end);
            var bound = MidpointDisplacement.DeviationFactor(0.12) * 0.12 * 1000;
            Assert.All(line, c => Assert.True(straight.Distance(c) <= bound));
            Assert.Contains(line, c => straight.Distance(c) > 1);
        }
    }

    [Fact]
    public void The_deviation_factor_is_the_geometric_series_of_piece_shrinkage()
    {
        Assert.Equal(2.0, MidpointDisplacement.DeviationFactor(0), 12);
        Assert.Equal(1 / (1 - Math.Sqrt(0.26)), MidpointDisplacement.DeviationFactor(0.1), 12);
    }

    [Fact]
    public void The_same_stream_gives_the_same_line()
    {
        var a = MidpointDisplacement.Displace(new(0, 0), new(500, 100), 0.1, 10, SeededRandom.For(9, 4));
        var b = MidpointDisplacement.Displace(new(0, 0), new(500, 100), 0.1, 10, SeededRandom.For(9, 4));
        Assert.Equal(a, b);
    }
}
