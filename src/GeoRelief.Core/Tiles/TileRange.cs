namespace GeoRelief.Core.Tiles;

/// <summary>The tiles of one zoom whose columns and rows lie in [MinX, MaxX] × [MinY, MaxY] (inclusive).</summary>
public readonly record struct TileRange(int Z, int MinX, int MinY, int MaxX, int MaxY)
{
    /// <summary>Number of tiles in the range.</summary>
    public long Count => (long)(MaxX - MinX + 1) * (MaxY - MinY + 1);

    /// <summary>
    /// The tiles at zoom <paramref name="z"/> that a longitude/latitude box touches, each tile grown by
    /// <paramref name="bufferFraction"/> of its width on every side (the render buffer: a feature that far outside
    /// a tile is still drawn in it).
    /// </summary>
    public static TileRange Covering(TileBounds lonLat, int z, double bufferFraction = 0)
    {
        if (z is < 0 or > TileAddress.MaxZoom)
        {
            throw new ArgumentOutOfRangeException(nameof(z), z, $"The zoom must be from 0 to {TileAddress.MaxZoom}.");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(bufferFraction);
        var last = (int)(TileAddress.TilesPerSide(z) - 1);
        var minX = Clamp(Math.Floor(WebMercator.LongitudeToTileX(lonLat.MinX, z) - bufferFraction), last);
        var maxX = Clamp(Math.Floor(WebMercator.LongitudeToTileX(lonLat.MaxX, z) + bufferFraction), last);
        // Rows grow southwards: the north edge gives the smallest row.
        var minY = Clamp(Math.Floor(WebMercator.LatitudeToTileY(lonLat.MaxY, z) - bufferFraction), last);
        var maxY = Clamp(Math.Floor(WebMercator.LatitudeToTileY(lonLat.MinY, z) + bufferFraction), last);
        return new TileRange(z, minX, minY, maxX, maxY);
    }

    /// <summary>Whether the tile z/x/y lies in the range (a tile of another zoom never does).</summary>
    public bool Contains(TileAddress tile) =>
        tile.Z == Z && tile.X >= MinX && tile.X <= MaxX && tile.Y >= MinY && tile.Y <= MaxY;

    /// <summary>Every tile of the range, row by row.</summary>
    public IEnumerable<TileAddress> Tiles()
    {
        for (var y = MinY; y <= MaxY; y++)
        {
            for (var x = MinX; x <= MaxX; x++)
            {
                yield return TileAddress.Create(Z, x, y);
            }
        }
    }

    private static int Clamp(double value, int last) => (int)Math.Clamp(value, 0, last);
}
