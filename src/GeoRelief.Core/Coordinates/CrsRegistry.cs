using System.Collections.Concurrent;
using System.Globalization;
using GeoRelief.Core.Coordinates.Internal;
using ProjNet.CoordinateSystems;

namespace GeoRelief.Core.Coordinates;

/// <summary>Parses CRS identifiers and WKT into <see cref="CoordinateReferenceSystem"/> values GeoRelief can convert.</summary>
/// <remarks>
/// WGS84 and CGCS2000 are treated as numerically identical (DOMAIN.md: the few-centimetre difference is far below
/// planning accuracy), so EPSG:4326 ↔ EPSG:4490 is the identity and WGS84-based projections run on CGCS2000.
/// </remarks>
public static class CrsRegistry
{
    /// <summary>What <see cref="Parse"/> accepts, for error messages and API documentation.</summary>
    public const string SupportedDescription =
        "EPSG:4490 or CGCS2000; EPSG:4326 or WGS84; GCJ-02 (GCJ02); BD-09 (BD09); "
        + "EPSG:4491–4554 (CGCS2000 Gauss–Krüger: 4491–4501 6° zones 13–23, 4502–4512 6° CM 75°E–135°E, "
        + "4513–4533 3° zones 25–45, 4534–4554 3° CM 75°E–135°E); EPSG:3857 (Web Mercator); "
        + "EPSG:32601–32660 and 32701–32760 (WGS 84 / UTM); or a WKT text such as a Shapefile .prj. "
        + "Codes may be written with or without the \"EPSG:\" prefix.";

    private static readonly ConcurrentDictionary<int, CoordinateReferenceSystem> ByEpsg = new();

    /// <summary>CGCS2000 geographic, EPSG:4490 — the storage system.</summary>
    public static CoordinateReferenceSystem Cgcs2000 { get; } =
        new(CrsKind.Cgcs2000, "EPSG:4490", "China Geodetic Coordinate System 2000", 4490, null);

    /// <summary>WGS84 geographic, EPSG:4326, numerically identical to CGCS2000.</summary>
    public static CoordinateReferenceSystem Wgs84 { get; } = new(CrsKind.Wgs84, "EPSG:4326", "WGS 84", 4326, null);

    /// <summary>GCJ-02, the obfuscated system of AMap, Tencent and Google China.</summary>
    public static CoordinateReferenceSystem Gcj02 { get; } = new(CrsKind.Gcj02, "GCJ-02", "GCJ-02 (AMap, Tencent, Google China)", null, null);

    /// <summary>BD-09, the obfuscated system of Baidu maps.</summary>
    public static CoordinateReferenceSystem Bd09 { get; } = new(CrsKind.Bd09, "BD-09", "BD-09 (Baidu)", null, null);

    /// <summary>Parses "EPSG:4527", "4527", "WGS84", "CGCS2000", "GCJ-02", "BD-09" (case-insensitive) or a WKT text.</summary>
    /// <exception cref="ArgumentException">The identifier is unknown or the WKT cannot be converted; the message says why and what is supported.</exception>
    public static CoordinateReferenceSystem Parse(string identifierOrWkt)
    {
        ArgumentNullException.ThrowIfNull(identifierOrWkt);
        var text = identifierOrWkt.Trim();
        if (text.Contains('[', StringComparison.Ordinal))
        {
            return WktCrsReader.Read(text);
        }

        var alias = new string([.. text.Where(c => c is not (' ' or '-' or '_')).Select(char.ToUpperInvariant)]);
        switch (alias)
        {
            case "CGCS2000":
                return Cgcs2000;
            case "WGS84":
                return Wgs84;
            case "GCJ02":
                return Gcj02;
            case "BD09":
                return Bd09;
        }

        var digits = alias.StartsWith("EPSG:", StringComparison.Ordinal) ? alias["EPSG:".Length..] : alias;
        if (int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var code) && TryFromEpsg(code) is { } crs)
        {
            return crs;
        }

        throw new ArgumentException(
            $"Unknown coordinate reference system '{identifierOrWkt}'. Supported: {SupportedDescription}",
            nameof(identifierOrWkt));
    }

    /// <summary>The system registered under an EPSG code supported by GeoRelief.</summary>
    /// <exception cref="ArgumentException">The code is not supported; the message lists what is.</exception>
    public static CoordinateReferenceSystem FromEpsg(int code) =>
        TryFromEpsg(code) ?? throw new ArgumentException(
            string.Create(CultureInfo.InvariantCulture, $"Unsupported EPSG code {code}. Supported: {SupportedDescription}"),
            nameof(code));

    internal static string EpsgIdentifier(int code) => string.Create(CultureInfo.InvariantCulture, $"EPSG:{code}");

    private static CoordinateReferenceSystem? TryFromEpsg(int code) => code switch
    {
        4490 => Cgcs2000,
        4326 => Wgs84,
        3857 or (>= GaussKrugerZone.FirstEpsg and <= GaussKrugerZone.LastEpsg) or (>= 32601 and <= 32660) or (>= 32701 and <= 32760)
            => ByEpsg.GetOrAdd(code, Build),
        _ => null,
    };

    private static CoordinateReferenceSystem Build(int code)
    {
        var system = code switch
        {
            3857 => ProjNetDefinitions.Rebuild(ProjectedCoordinateSystem.WebMercator, ProjNetDefinitions.Cgcs2000),
            >= 32601 and <= 32660 => Utm(code - 32600, north: true),
            >= 32701 and <= 32760 => Utm(code - 32700, north: false),
            _ => ProjNetDefinitions.GaussKruger(GaussKrugerZone.FromEpsg(code)!.Value),
        };
        return new CoordinateReferenceSystem(CrsKind.Projected, EpsgIdentifier(code), system.Name, code, system);
    }

    private static ProjectedCoordinateSystem Utm(int zone, bool north) =>
        ProjNetDefinitions.Rebuild(ProjectedCoordinateSystem.WGS84_UTM(zone, north), ProjNetDefinitions.Cgcs2000);
}
