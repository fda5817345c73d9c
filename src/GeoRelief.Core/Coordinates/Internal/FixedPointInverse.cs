namespace GeoRelief.Core.Coordinates.Internal;

/// <summary>
/// Inverts a map that is the identity plus a small, slowly varying offset by the iteration
/// w ← w + (target − forward(w)); it converges because the offset's derivative is far below 1.
/// </summary>
internal static class FixedPointInverse
{
    /// <summary>The point whose image under <paramref name="forward"/> is <paramref name="target"/>.</summary>
    public static LonLat Solve(Func<LonLat, LonLat> forward, LonLat target, LonLat start, double toleranceDegrees, int maxIterations)
    {
        var w = start;
        for (var i = 0; i < maxIterations; i++)
        {
            var image = forward(w);
            var dLon = target.Lon - image.Lon;
            var dLat = target.Lat - image.Lat;
            w = new LonLat(w.Lon + dLon, w.Lat + dLat);
            if (Math.Abs(dLon) < toleranceDegrees && Math.Abs(dLat) < toleranceDegrees)
            {
                break;
            }
        }

        return w;
    }
}
