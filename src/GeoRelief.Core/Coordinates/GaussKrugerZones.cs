using System.Globalization;

namespace GeoRelief.Core.Coordinates;

/// <summary>Chooses the CGCS2000 Gauss–Krüger zone for metric work (areas, lengths, buffers) at a longitude.</summary>
public static class GaussKrugerZones
{
    /// <summary>Westernmost longitude covered by the 3° zones (zone 25, central meridian 75°E).</summary>
    public const double MinLongitude = 73.5;

    /// <summary>Longitude where the 3° zones end (zone 45, central meridian 135°E, covers up to but excluding 136.5°E).</summary>
    public const double MaxLongitude = 136.5;

    /// <summary>The EPSG code (4513–4533, easting with zone prefix) of the 3° zone containing the longitude.</summary>
    /// <remarks>A longitude on a zone edge (e.g. 118.5°E) goes to the eastern zone, as zone = ⌊(lon + 1.5) / 3⌋.</remarks>
    public static int ThreeDegreeEpsgForLongitude(double longitude)
    {
        if (!(longitude >= MinLongitude && longitude < MaxLongitude))
        {
            throw new ArgumentOutOfRangeException(
                nameof(longitude),
                longitude,
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"Longitude {longitude}° is outside the CGCS2000 3° Gauss–Krüger zones 25–45 ({MinLongitude}°E to {MaxLongitude}°E); check that the value is a longitude in degrees east."));
        }

        var zone = (int)Math.Floor((longitude + 1.5) / 3.0);
        return 4488 + zone;
    }
}
