namespace GeoRelief.Core.Tiles;

/// <summary>An axis-aligned box: metres in EPSG:3857, or degrees (longitude, latitude) in EPSG:4490.</summary>
public readonly record struct TileBounds(double MinX, double MinY, double MaxX, double MaxY)
{
    /// <summary>Width of the box.</summary>
    public double Width => MaxX - MinX;

    /// <summary>Height of the box.</summary>
    public double Height => MaxY - MinY;

    /// <summary>Whether the boxes share at least one point (touching counts).</summary>
    public bool Intersects(TileBounds other) =>
        MinX <= other.MaxX && other.MinX <= MaxX && MinY <= other.MaxY && other.MinY <= MaxY;

    /// <summary>The smallest box holding both.</summary>
    public TileBounds Union(TileBounds other) =>
        new(Math.Min(MinX, other.MinX), Math.Min(MinY, other.MinY), Math.Max(MaxX, other.MaxX), Math.Max(MaxY, other.MaxY));

    /// <summary>The box grown by <paramref name="margin"/> on every side.</summary>
    public TileBounds Expand(double margin) => new(MinX - margin, MinY - margin, MaxX + margin, MaxY + margin);
}
