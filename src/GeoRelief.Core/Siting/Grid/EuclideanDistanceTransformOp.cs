namespace GeoRelief.Core.Siting.Grid;

/// <summary>
/// Exact Euclidean distance from every cell centre of a grid to the nearest target cell centre
/// (Felzenszwalb &amp; Huttenlocher 2012, "Distance transforms of sampled functions": two passes of the 1-D
/// lower envelope of parabolas, O(cells)). Rows are stored north to south, columns west to east.
/// </summary>
public static class EuclideanDistanceTransformOp
{
    /// <summary>
    /// Distances in the unit of <paramref name="cellSize"/>; <see cref="float.PositiveInfinity"/> everywhere when
    /// there is no target.
    /// </summary>
    public static float[] Compute(ReadOnlySpan<bool> targets, int width, int height, double cellSize)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);
        if (targets.Length != width * height)
        {
            throw new ArgumentException($"Expected {width * height} cells, got {targets.Length}.", nameof(targets));
        }

        var squared = new double[width * height];
        for (var i = 0; i < squared.Length; i++)
        {
            squared[i] = targets[i] ? 0 : double.PositiveInfinity;
        }

        var n = Math.Max(width, height);
        var f = new double[n];
        var d = new double[n];
        var v = new int[n];
        var z = new double[n + 1];

        for (var x = 0; x < width; x++)
        {
            for (var y = 0; y < height; y++)
            {
                f[y] = squared[(y * width) + x];
            }

            Transform1D(f, height, d, v, z);
            for (var y = 0; y < height; y++)
            {
                squared[(y * width) + x] = d[y];
            }
        }

        var result = new float[width * height];
        for (var y = 0; y < height; y++)
        {
            Array.Copy(squared, y * width, f, 0, width);
            Transform1D(f, width, d, v, z);
            for (var x = 0; x < width; x++)
            {
                result[(y * width) + x] = (float)(Math.Sqrt(d[x]) * cellSize);
            }
        }

        return result;
    }

    private static void Transform1D(double[] f, int n, double[] d, int[] v, double[] z)
    {
        var k = -1;
        for (var q = 0; q < n; q++)
        {
            if (double.IsPositiveInfinity(f[q]))
            {
                continue;
            }

            while (true)
            {
                if (k < 0)
                {
                    k = 0;
                    v[0] = q;
                    z[0] = double.NegativeInfinity;
                    z[1] = double.PositiveInfinity;
                    break;
                }

                var s = ((f[q] + ((double)q * q)) - (f[v[k]] + ((double)v[k] * v[k]))) / (2.0 * (q - v[k]));
                if (s <= z[k])
                {
                    k--;
                    continue;
                }

                k++;
                v[k] = q;
                z[k] = s;
                z[k + 1] = double.PositiveInfinity;
                break;
            }
        }

        if (k < 0)
        {
            Array.Fill(d, double.PositiveInfinity, 0, n);
            return;
        }

        var j = 0;
        for (var q = 0; q < n; q++)
        {
            while (z[j + 1] < q)
            {
                j++;
            }

            var delta = q - v[j];
            d[q] = ((double)delta * delta) + f[v[j]];
        }
    }
}
