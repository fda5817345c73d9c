namespace GeoRelief.Core.Tiles;

/// <summary>
/// Tile geometry of the Web Mercator pyramid (EPSG:3857 on the sphere of radius 6,378,137 m). Longitudes and
/// latitudes are CGCS2000 (EPSG:4490), which equals WGS 84 at the precision of a map tile.
/// </summary>
public static class WebMercator
{
    /// <summary>Radius of the Web Mercator sphere, metres.</summary>
    public const double EarthRadius = 6378137.0;

    /// <summary>Half the width of the world in EPSG:3857, metres (x runs from −this to +this).</summary>
    public const double OriginShift = Math.PI * EarthRadius;

    /// <summary>The largest latitude Web Mercator shows, degrees (the world is a square).</summary>
    public const double MaxLatitude = 85.051128779806589;

    /// <summary>Pixels along one side of a tile as map clients draw it.</summary>
    public const int TilePixels = 256;

    /// <summary>Width of a tile at zoom <paramref name="z"/>, metres in EPSG:3857.</summary>
    public static double TileSize(int z) => 2 * OriginShift / TileAddress.TilesPerSide(z);

    /// <summary>Metres (EPSG:3857, true at the equator) per screen pixel of a 256-px tile at zoom <paramref name="z"/>.</summary>
    public static double MetresPerPixel(int z) => TileSize(z) / TilePixels;

    /// <summary>Degrees of latitude per screen pixel at zoom <paramref name="z"/> near the equator (the simplification tolerance of a zoom).</summary>
    public static double DegreesPerPixel(int z) => 360.0 / TilePixels / TileAddress.TilesPerSide(z);

    /// <summary>The tile's square in EPSG:3857 metres (what <c>ST_TileEnvelope</c> returns).</summary>
    public static TileBounds Envelope(TileAddress tile)
    {
        var size = TileSize(tile.Z);
        var minX = -OriginShift + (tile.X * size);
        var maxY = OriginShift - (tile.Y * size);
        return new TileBounds(minX, maxY - size, minX + size, maxY);
    }

    /// <summary>The tile's box in longitude/latitude degrees (EPSG:4490).</summary>
    public static TileBounds LonLatEnvelope(TileAddress tile)
    {
        var n = TileAddress.TilesPerSide(tile.Z);
        return new TileBounds(
            TileXToLongitude(tile.X, n),
            TileYToLatitude(tile.Y + 1, n),
            TileXToLongitude(tile.X + 1, n),
            TileYToLatitude(tile.Y, n));
    }

    /// <summary>A longitude/latitude in EPSG:3857 metres; latitudes beyond ±<see cref="MaxLatitude"/> are clamped.</summary>
    public static (double X, double Y) Project(double longitude, double latitude)
    {
        var lat = Math.Clamp(latitude, -MaxLatitude, MaxLatitude) * Math.PI / 180;
        return (longitude * OriginShift / 180, EarthRadius * Math.Log(Math.Tan((Math.PI / 4) + (lat / 2))));
    }

    /// <summary>Fractional tile column of a longitude at zoom z.</summary>
    public static double LongitudeToTileX(double longitude, int z) =>
        (longitude + 180) / 360 * TileAddress.TilesPerSide(z);

    /// <summary>Fractional tile row of a latitude at zoom z (clamped to the Web Mercator square).</summary>
    public static double LatitudeToTileY(double latitude, int z)
    {
        var lat = Math.Clamp(latitude, -MaxLatitude, MaxLatitude) * Math.PI / 180;
        return (1 - (Math.Log(Math.Tan(lat) + (1 / Math.Cos(lat))) / Math.PI)) / 2 * TileAddress.TilesPerSide(z);
    }

    private static double TileXToLongitude(long x, long n) => (x / (double)n * 360) - 180;

    private static double TileYToLatitude(long y, long n) =>
        Math.Atan(Math.Sinh(Math.PI * (1 - (2.0 * y / n)))) * 180 / Math.PI;
}
