namespace GeoRelief.Core.Sample.Features.Internal;

/// <summary>Samples the elevation model on a north-up grid over the county with a two-cell margin.</summary>
internal static class ElevationGridBuilder
{
    public static ElevationGrid Build(CountyLayout layout, ElevationModel model, double cellSize)
    {
        // Snap the grid to whole cells so the origin reads as a round number.
        var e = layout.Envelope;
        var west = (Math.Floor(e.MinX / cellSize) - 2) * cellSize;
        var north = (Math.Ceiling(e.MaxY / cellSize) + 2) * cellSize;
        var width = (int)Math.Ceiling((e.MaxX - west) / cellSize) + 2;
        var height = (int)Math.Ceiling((north - e.MinY) / cellSize) + 2;
        var values = new float[width * height];
        for (var row = 0; row < height; row++)
        {
            var lat = north - ((row + 0.5) * cellSize);
            for (var column = 0; column < width; column++)
            {
                var lon = west + ((column + 0.5) * cellSize);
                values[(row * width) + column] = (float)Math.Round(model.At(new(lon, lat)), 1);
            }
        }

        return new ElevationGrid(
            $"{layout.County.Name} synthetic elevation",
            layout.County.Code,
            Math.Round(west, 7),
            Math.Round(north, 7),
            cellSize,
            width,
            height,
            values);
    }
}
