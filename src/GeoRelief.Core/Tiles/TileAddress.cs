using System.Globalization;

namespace GeoRelief.Core.Tiles;

/// <summary>One tile of the Web Mercator (EPSG:3857) tile pyramid, XYZ scheme: x east, y south, z zoom.</summary>
public readonly record struct TileAddress
{
    /// <summary>The highest zoom GeoRelief serves (≈ 2 cm per 256-px pixel at the equator).</summary>
    public const int MaxZoom = 22;

    private TileAddress(int z, int x, int y)
    {
        Z = z;
        X = x;
        Y = y;
    }

    /// <summary>Zoom level, 0 … <see cref="MaxZoom"/>.</summary>
    public int Z { get; }

    /// <summary>Column, 0 … 2^z − 1, from 180° W eastwards.</summary>
    public int X { get; }

    /// <summary>Row, 0 … 2^z − 1, from ≈ 85.05° N southwards.</summary>
    public int Y { get; }

    /// <summary>Number of tiles along one side at zoom <paramref name="z"/>.</summary>
    public static long TilesPerSide(int z) => 1L << z;

    /// <summary>
    /// Checks z, x and y; on failure <paramref name="parameter"/> names the first wrong one ("z", "x" or "y") and
    /// <paramref name="problem"/> says what was wrong in words a map user understands.
    /// </summary>
    public static bool TryCreate(int z, int x, int y, out TileAddress tile, out string parameter, out string problem)
    {
        tile = default;
        parameter = string.Empty;
        problem = string.Empty;
        if (z is < 0 or > MaxZoom)
        {
            parameter = "z";
            problem = Format($"is {z}: the zoom must be a whole number from 0 to {MaxZoom}.");
            return false;
        }

        var last = TilesPerSide(z) - 1;
        if (x < 0 || x > last)
        {
            parameter = "x";
            problem = Format($"is {x}: at zoom {z} the column must be from 0 to {last}.");
            return false;
        }

        if (y < 0 || y > last)
        {
            parameter = "y";
            problem = Format($"is {y}: at zoom {z} the row must be from 0 to {last}.");
            return false;
        }

        tile = new TileAddress(z, x, y);
        return true;
    }

    /// <summary>The tile at z/x/y; throws when out of range (use <see cref="TryCreate"/> for user input).</summary>
    public static TileAddress Create(int z, int x, int y) =>
        TryCreate(z, x, y, out var tile, out var parameter, out var problem)
            ? tile
            : throw new ArgumentOutOfRangeException(parameter, problem);

    /// <inheritdoc/>
    public override string ToString() => Format($"{Z}/{X}/{Y}");

    private static string Format(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
