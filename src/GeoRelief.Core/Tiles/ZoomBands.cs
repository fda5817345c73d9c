namespace GeoRelief.Core.Tiles;

/// <summary>
/// The zoom bands of generalised boundaries: z 0–5, 6–7, 8–9, 10–11, 12–13 simplified to one 256-px screen
/// pixel at the band's lowest zoom, and z 14 and above on the source geometry.
/// </summary>
public static class ZoomBands
{
    /// <summary>Zooms from this one up draw the source geometry, unsimplified.</summary>
    public const int SourceGeometryFromZoom = 14;

    /// <summary>Every band, lowest zooms first; together they cover 0 … <see cref="TileAddress.MaxZoom"/> without overlap.</summary>
    public static IReadOnlyList<ZoomBand> All { get; } =
    [
        Simplified(0, 0, 5),
        Simplified(1, 6, 7),
        Simplified(2, 8, 9),
        Simplified(3, 10, 11),
        Simplified(4, 12, SourceGeometryFromZoom - 1),
        new ZoomBand(5, SourceGeometryFromZoom, TileAddress.MaxZoom, 0),
    ];

    /// <summary>The band that zoom <paramref name="z"/> draws from.</summary>
    public static ZoomBand ForZoom(int z) =>
        All.FirstOrDefault(b => b.Covers(z))
        ?? throw new ArgumentOutOfRangeException(nameof(z), z, $"The zoom must be from 0 to {TileAddress.MaxZoom}.");

    private static ZoomBand Simplified(int band, int minZoom, int maxZoom) =>
        new(band, minZoom, maxZoom, WebMercator.DegreesPerPixel(minZoom));
}
