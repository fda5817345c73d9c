using System.Globalization;

namespace GeoRelief.Core.Siting.Criteria;

/// <summary>
/// Aspect: the compass direction a slope faces (downhill), in degrees clockwise from north (0 north, 90 east,
/// 180 south, 270 west), as PostGIS <c>ST_Aspect</c> gives it; a flat cell (no slope, so no direction) is −1.
/// </summary>
public static class Aspect
{
    /// <summary>The value of a flat cell.</summary>
    public const double Flat = -1;

    private static readonly string[] Directions = ["N", "NE", "E", "SE", "S", "SW", "W", "NW"];

    /// <summary>Whether an aspect value marks a flat cell.</summary>
    public static bool IsFlat(double degrees) => degrees < 0;

    /// <summary>The degrees, or null when flat or unknown.</summary>
    public static double? Degrees(double? aspect) => aspect is { } a && !IsFlat(a) ? a : null;

    /// <summary>"flat", one of the eight compass directions (N, NE … NW, each 45° wide, centred on its bearing), or null when unknown.</summary>
    public static string? Direction(double? aspect)
    {
        if (aspect is not { } a || !double.IsFinite(a))
        {
            return null;
        }

        if (IsFlat(a))
        {
            return "flat";
        }

        if (a > 360)
        {
            throw new ArgumentOutOfRangeException(nameof(aspect), a, string.Create(CultureInfo.InvariantCulture, $"An aspect is 0–360° or −1 (flat), not {a}."));
        }

        return Directions[(int)Math.Floor(((a + 22.5) % 360) / 45)];
    }
}
