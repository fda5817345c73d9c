using System.Globalization;

namespace GeoRelief.Core.Coordinates.Internal;

/// <summary>One CGCS2000 Gauss–Krüger zone as registered by EPSG (4491–4554): GRS80, k = 1, latitude of origin 0, false northing 0.</summary>
internal readonly record struct GaussKrugerZone(int Epsg, int WidthDegrees, int CentralMeridian, double FalseEasting, string Name)
{
    public const int FirstEpsg = 4491;
    public const int LastEpsg = 4554;

    /// <summary>The zone registered under an EPSG code, or null when the code is not a CGCS2000 Gauss–Krüger zone.</summary>
    public static GaussKrugerZone? FromEpsg(int epsg)
    {
        return epsg switch
        {
            // 6° zones 13–23 with the zone number in front of the easting.
            >= 4491 and <= 4501 => SixDegree(epsg, zone: epsg - 4478, prefixed: true),
            // 6° zones 13–23 without the prefix.
            >= 4502 and <= 4512 => SixDegree(epsg, zone: epsg - 4489, prefixed: false),
            // 3° zones 25–45 with the prefix.
            >= 4513 and <= 4533 => ThreeDegree(epsg, zone: epsg - 4488, prefixed: true),
            // 3° zones 25–45 without the prefix (named by central meridian 75°E … 135°E).
            >= 4534 and <= 4554 => ThreeDegree(epsg, zone: epsg - 4509, prefixed: false),
            _ => null,
        };
    }

    /// <summary>
    /// The EPSG code of the zone with these parameters, or null. Without a zone prefix, central meridians
    /// 75°, 81° … 135°E belong both to a 3° and a 6° zone with identical mathematics; the name decides
    /// (EPSG and ESRI call the 3° ones "3-degree"/"3_Degree") and the 6° code is chosen otherwise.
    /// </summary>
    public static int? EpsgFromParameters(double centralMeridian, double falseEasting, string name)
    {
        const double Tolerance = 1e-9;
        var cm = Math.Round(centralMeridian);
        if (Math.Abs(centralMeridian - cm) > Tolerance || cm < 75 || cm > 135)
        {
            return null;
        }

        var meridian = (int)cm;
        var prefix = Math.Round((falseEasting - 500000.0) / 1e6);
        if (Math.Abs(falseEasting - 500000.0 - (prefix * 1e6)) > Tolerance)
        {
            return null;
        }

        var isThreeDegreeMeridian = meridian % 3 == 0;
        var isSixDegreeMeridian = (meridian + 3) % 6 == 0;
        if (prefix == 0)
        {
            var saysThreeDegree = name.Contains("3-degree", StringComparison.OrdinalIgnoreCase)
                || name.Contains("3_degree", StringComparison.OrdinalIgnoreCase);
            if (isSixDegreeMeridian && !saysThreeDegree)
            {
                return 4502 + ((meridian - 75) / 6);
            }

            return isThreeDegreeMeridian ? 4534 + ((meridian - 75) / 3) : null;
        }

        if (isThreeDegreeMeridian && prefix == meridian / 3)
        {
            return 4488 + (meridian / 3);
        }

        return isSixDegreeMeridian && prefix == (meridian + 3) / 6 ? 4478 + ((meridian + 3) / 6) : null;
    }

    private static GaussKrugerZone SixDegree(int epsg, int zone, bool prefixed)
    {
        var cm = (6 * zone) - 3;
        return new GaussKrugerZone(
            epsg,
            6,
            cm,
            prefixed ? (zone * 1e6) + 500000.0 : 500000.0,
            prefixed
                ? string.Create(CultureInfo.InvariantCulture, $"CGCS2000 / Gauss-Kruger zone {zone}")
                : string.Create(CultureInfo.InvariantCulture, $"CGCS2000 / Gauss-Kruger CM {cm}E"));
    }

    private static GaussKrugerZone ThreeDegree(int epsg, int zone, bool prefixed)
    {
        var cm = 3 * zone;
        return new GaussKrugerZone(
            epsg,
            3,
            cm,
            prefixed ? (zone * 1e6) + 500000.0 : 500000.0,
            prefixed
                ? string.Create(CultureInfo.InvariantCulture, $"CGCS2000 / 3-degree Gauss-Kruger zone {zone}")
                : string.Create(CultureInfo.InvariantCulture, $"CGCS2000 / 3-degree Gauss-Kruger CM {cm}E"));
    }
}
