using GeoRelief.Core.Coordinates;

namespace GeoRelief.Core.Tests.Coordinates;

/// <summary>Great-circle distance in metres on the mean Earth sphere; ample for comparing positions metres apart.</summary>
internal static class GroundDistance
{
    private const double MeanRadius = 6371008.8;

    public static double Metres(LonLat a, LonLat b)
    {
        var phi1 = a.Lat * Math.PI / 180.0;
        var phi2 = b.Lat * Math.PI / 180.0;
        var dPhi = phi2 - phi1;
        var dLambda = (b.Lon - a.Lon) * Math.PI / 180.0;
        var h = (Math.Sin(dPhi / 2) * Math.Sin(dPhi / 2)) + (Math.Cos(phi1) * Math.Cos(phi2) * Math.Sin(dLambda / 2) * Math.Sin(dLambda / 2));
        return 2 * MeanRadius * Math.Asin(Math.Sqrt(h));
    }
}
