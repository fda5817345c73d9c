using GeoRelief.Core.Siting.Grid;

namespace GeoRelief.Core.Tests.Siting;

public sealed class EuclideanDistanceTransformOpTests
{
    [Fact]
    public void Matches_brute_force_on_a_random_grid()
    {
        const int width = 37, height = 23;
        var random = new Random(7);
        var targets = new bool[width * height];
        for (var i = 0; i < targets.Length; i++)
        {
            targets[i] = random.NextDouble() < 0.02;
        }

        var distances = EuclideanDistanceTransformOp.Compute(targets, width, height, 100);

        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var best = double.PositiveInfinity;
                for (var i = 0; i < targets.Length; i++)
                {
                    if (targets[i])
                    {
                        best = Math.Min(best, Math.Sqrt(Math.Pow(x - (i % width), 2) + Math.Pow(y - (i / width), 2)));
                    }
                }

                Assert.Equal(best * 100, distances[(y * width) + x], 0.01);
            }
        }
    }

    [Fact]
    public void No_target_means_infinite_distance()
    {
        var distances = EuclideanDistanceTransformOp.Compute(new bool[12], 4, 3, 100);

        Assert.All(distances, d => Assert.True(float.IsPositiveInfinity(d)));
    }

    [Fact]
    public void One_target_gives_the_cell_distances()
    {
        var targets = new bool[9];
        targets[0] = true;

        var d = EuclideanDistanceTransformOp.Compute(targets, 3, 3, 50);

        Assert.Equal(0, d[0]);
        Assert.Equal(100, d[2]);
        Assert.Equal(Math.Sqrt(8) * 50, d[8], 1e-4);
    }
}
