using NetTopologySuite.Geometries;

namespace GeoRelief.Core.Sample.Features.Internal;

/// <summary>The county's main river: carves the elevation model's valley and defines the flood zone.</summary>
internal sealed class RiverCourse
{
    private readonly (double X, double Y)[] _km;

    public RiverCourse(CountyLayout layout, SampleCalibration calibration, SampleRandom random)
    {
        var e = layout.Envelope;
        Coordinate At((double X, double Y) f) => new(e.MinX + (f.X * e.Width), e.MinY + (f.Y * e.Height));
        var entry = At(calibration.RiverEntry);
        var exit = At(calibration.RiverExit);

        // Start and end a little outside the box so the flood zone reaches the county edge.
        var (ex, ey) = layout.Projection.ToKm(entry);
        var (xx, xy) = layout.Projection.ToKm(exit);
        var length = Math.Sqrt(((xx - ex) * (xx - ex)) + ((xy - ey) * (xy - ey)));
        var (dx, dy) = ((xx - ex) / length, (xy - ey) / length);
        var steps = 60;
        var points = new List<Coordinate>();
        var phase = random.Uniform(0, 2 * Math.PI);
        for (var i = 0; i <= steps; i++)
        {
            var t = -0.05 + (1.1 * i / steps);
            var meander = length * ((0.06 * Math.Sin((t * 5 * Math.PI) + phase)) + (0.025 * Math.Sin((t * 13 * Math.PI) + (2 * phase))));
            points.Add(SampleGeometry.Round(layout.Projection.FromKm(ex + (dx * length * t) - (dy * meander), ey + (dy * length * t) + (dx * meander))));
        }

        Line = SampleGeometry.Factory.CreateLineString([.. points]);
        _km = [.. points.Select(layout.Projection.ToKm)];
        Name = calibration.RiverName;
    }

    public string Name { get; }

    public LineString Line { get; }

    /// <summary>Distance from a point given in local km to the river, in km.</summary>
    public double DistanceKm(double x, double y)
    {
        var best = double.MaxValue;
        for (var i = 1; i < _km.Length; i++)
        {
            var (ax, ay) = _km[i - 1];
            var (bx, by) = _km[i];
            var dx = bx - ax;
            var dy = by - ay;
            var t = Math.Clamp((((x - ax) * dx) + ((y - ay) * dy)) / ((dx * dx) + (dy * dy)), 0, 1);
            var ex = ax + (t * dx) - x;
            var ey = ay + (t * dy) - y;
            best = Math.Min(best, (ex * ex) + (ey * ey));
        }

        return Math.Sqrt(best);
    }
}
