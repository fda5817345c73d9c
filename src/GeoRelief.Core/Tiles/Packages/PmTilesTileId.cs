namespace GeoRelief.Core.Tiles.Packages;

/// <summary>
/// PMTiles v3 tile ids: tiles of lower zooms first, and within a zoom along a Hilbert curve, so that neighbouring tiles
/// have near ids (and a clustered archive stores them near each other).
/// </summary>
public static class PmTilesTileId
{
    /// <summary>The id of <paramref name="tile"/>: the number of tiles of all lower zooms plus its Hilbert index.</summary>
    public static ulong Of(TileAddress tile)
    {
        var accumulated = ((1UL << (2 * tile.Z)) - 1) / 3;
        long x = tile.X;
        long y = tile.Y;
        ulong d = 0;
        for (var s = TileAddress.TilesPerSide(tile.Z) / 2; s > 0; s /= 2)
        {
            var rx = (x & s) > 0 ? 1L : 0L;
            var ry = (y & s) > 0 ? 1L : 0L;
            d += (ulong)(s * s * ((3 * rx) ^ ry));
            if (ry == 0)
            {
                if (rx == 1)
                {
                    x = s - 1 - x;
                    y = s - 1 - y;
                }

                (x, y) = (y, x);
            }
        }

        return accumulated + d;
    }
}
