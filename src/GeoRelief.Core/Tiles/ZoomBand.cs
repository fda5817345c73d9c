namespace GeoRelief.Core.Tiles;

/// <summary>
/// A range of zooms sharing one generalised copy of the boundaries, simplified to
/// <see cref="ToleranceDegrees"/> (one screen pixel at <see cref="MinZoom"/>); 0 means the source geometry.
/// </summary>
public sealed record ZoomBand(int Band, int MinZoom, int MaxZoom, double ToleranceDegrees)
{
    /// <summary>Whether zoom <paramref name="z"/> draws from this band.</summary>
    public bool Covers(int z) => z >= MinZoom && z <= MaxZoom;
}
