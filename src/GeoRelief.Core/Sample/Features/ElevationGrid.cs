namespace GeoRelief.Core.Sample.Features;

/// <summary>A north-up elevation grid in EPSG:4490 covering one county.</summary>
/// <param name="WestLon">Longitude of the grid's west edge.</param>
/// <param name="NorthLat">Latitude of the grid's north edge.</param>
/// <param name="CellSizeDegrees">Square cells, the same size in longitude and latitude.</param>
/// <param name="Values">Metres, row-major from the north-west cell; <c>Width × Height</c> values.</param>
public sealed record ElevationGrid(
    string Name,
    string CountyCode,
    double WestLon,
    double NorthLat,
    double CellSizeDegrees,
    int Width,
    int Height,
    IReadOnlyList<float> Values)
{
    /// <summary>The value of the cell in column <paramref name="column"/> (from west) and row <paramref name="row"/> (from north).</summary>
    public float At(int column, int row) => Values[(row * Width) + column];
}
