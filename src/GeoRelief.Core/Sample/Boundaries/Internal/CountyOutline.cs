using NetTopologySuite.Geometries;

namespace GeoRelief.Core.Sample.Boundaries.Internal;

/// <summary>
/// An irregular county outline in the local plane: a radial curve whose log-radius is a sum of
/// harmonics with random phases and amplitudes falling off as k^-1.3 (a natural-looking, fractal-like
/// boundary: a few large lobes, smaller bays and fine ragged detail; a flatter spectrum looks like a
/// comb), scaled to the wanted area and centred on its centroid.
/// Being star-shaped about its starting centre, the ring is simple whatever the random draw.
/// </summary>
internal static class CountyOutline
{
    /// <summary>Lowest harmonic: k = 1 would only shift the shape, which the recentring undoes anyway.</summary>
    private const int FirstHarmonic = 2;

    private const double SpectralSlope = 1.3;

    /// <summary>Closed counter-clockwise ring of <paramref name="vertexCount"/> distinct vertices, area <paramref name="area"/>, centroid at the origin.</summary>
    /// <param name="roughness">Amplitude of harmonic k in log-radius is roughness·(0.5 … 1.5)·(2/k)^1.3.</param>
    public static Coordinate[] Build(double area, int vertexCount, double roughness, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(random);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(area);
        ArgumentOutOfRangeException.ThrowIfLessThan(vertexCount, 16);

        // Harmonics up to a sixth of the vertex count, so the finest wave still has six vertices.
        var harmonics = Math.Max(FirstHarmonic, vertexCount / 6);
        var amplitudes = new double[harmonics + 1];
        var phases = new double[harmonics + 1];
        for (var k = FirstHarmonic; k <= harmonics; k++)
        {
            amplitudes[k] = roughness * random.NextDouble(0.5, 1.5) * Math.Pow((double)FirstHarmonic / k, SpectralSlope);
            phases[k] = random.NextDouble(0, 2 * Math.PI);
        }

        var ring = new Coordinate[vertexCount + 1];
        for (var v = 0; v < vertexCount; v++)
        {
            var theta = 2 * Math.PI * v / vertexCount;
            double logRadius = 0;
            for (var k = FirstHarmonic; k <= harmonics; k++)
            {
                logRadius += amplitudes[k] * Math.Cos((k * theta) + phases[k]);
            }

            var r = Math.Exp(logRadius);
            ring[v] = new Coordinate(r * Math.Cos(theta), r * Math.Sin(theta));
        }

        ring[vertexCount] = ring[0];
        var (unitArea, cx, cy) = Moments(ring);
        var scale = Math.Sqrt(area / unitArea);
        var result = new Coordinate[ring.Length];
        for (var v = 0; v < vertexCount; v++)
        {
            result[v] = new Coordinate((ring[v].X - cx) * scale, (ring[v].Y - cy) * scale);
        }

        result[vertexCount] = result[0].Copy();
        return result;
    }

    private static (double Area, double Cx, double Cy) Moments(Coordinate[] closedRing)
    {
        double a2 = 0, cx6 = 0, cy6 = 0;
        for (var v = 0; v + 1 < closedRing.Length; v++)
        {
            var p = closedRing[v];
            var q = closedRing[v + 1];
            var cross = (p.X * q.Y) - (q.X * p.Y);
            a2 += cross;
            cx6 += (p.X + q.X) * cross;
            cy6 += (p.Y + q.Y) * cross;
        }

        var area = a2 / 2;
        return (area, cx6 / (6 * area), cy6 / (6 * area));
    }
}
