using NetTopologySuite.Geometries;

namespace GeoRelief.Core.Sample.Features.Internal;

/// <summary>A continuous synthetic terrain for one county, sampled by the grid and by the layers that need height.</summary>
internal sealed class ElevationModel(CountyLayout layout, SampleCalibration calibration, RiverCourse river, ulong seed)
{
    private readonly (double X, double Y) _min = layout.Projection.ToKm(new Coordinate(layout.Envelope.MinX, layout.Envelope.MinY));
    private readonly (double X, double Y) _max = layout.Projection.ToKm(new Coordinate(layout.Envelope.MaxX, layout.Envelope.MaxY));

    public double At(Coordinate c)
    {
        var (x, y) = layout.Projection.ToKm(c);
        return AtKm(x, y);
    }

    public double AtKm(double x, double y)
    {
        var low = calibration.MinElevationMetres;
        var high = calibration.MaxElevationMetres;

        // Valley factor: 0 on the river, 1 a few km away.
        var d = river.DistanceKm(x, y);
        var valley = 1 - Math.Exp(-(d * d) / 9.0);
        var noise = ValueNoise.Fractal(seed, x / 12.0, y / 12.0, 4);
        double metres;
        if (calibration.Terrain == TerrainKind.Hills)
        {
            var relief = Math.Clamp((noise - 0.25) / 0.5, 0, 1);
            metres = low + ((high - low) * (0.03 + (0.97 * relief * (0.35 + (0.65 * valley)))));
        }
        else
        {
            // 0 at the north-west corner, 1 at the south-east corner.
            var s = Math.Clamp(((x - _min.X) / (_max.X - _min.X) + ((_max.Y - y) / (_max.Y - _min.Y))) / 2, 0, 1);
            var upland = Math.Pow(1 - s, 1.5);
            metres = high - ((high - low) * Math.Pow(s, 0.8)) + (300 * upland * (noise - 0.5)) - (80 * upland * (1 - valley));
        }

        return Math.Clamp(metres, low - 10, high + 30);
    }
}
