using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Utilities;

namespace GeoRelief.Core.Sample.Features.Internal;

/// <summary>
/// Equirectangular kilometres around a county's centre. Good to a fraction of a per cent over a county,
/// which is all the generator's placement decisions need; the database measures on the ellipsoid.
/// </summary>
internal sealed class LocalProjection(double centreLon, double centreLat)
{
    private readonly double _kmPerDegreeLon = 111.320 * Math.Cos(centreLat * Math.PI / 180);
    private const double KmPerDegreeLat = 110.574;

    public (double X, double Y) ToKm(Coordinate c) => ((c.X - centreLon) * _kmPerDegreeLon, (c.Y - centreLat) * KmPerDegreeLat);

    public Coordinate FromKm(double x, double y) => new(centreLon + (x / _kmPerDegreeLon), centreLat + (y / KmPerDegreeLat));

    public double DistanceKm(Coordinate a, Coordinate b)
    {
        var dx = (a.X - b.X) * _kmPerDegreeLon;
        var dy = (a.Y - b.Y) * KmPerDegreeLat;
        return Math.Sqrt((dx * dx) + (dy * dy));
    }

    /// <summary>Distance from <paramref name="p"/> to the segment a–b, in km.</summary>
    public double SegmentDistanceKm(Coordinate p, Coordinate a, Coordinate b)
    {
        var (px, py) = ToKm(p);
        var (ax, ay) = ToKm(a);
        var (bx, by) = ToKm(b);
        var dx = bx - ax;
        var dy = by - ay;
        var lengthSquared = (dx * dx) + (dy * dy);
        var t = lengthSquared == 0 ? 0 : Math.Clamp((((px - ax) * dx) + ((py - ay) * dy)) / lengthSquared, 0, 1);
        var ex = ax + (t * dx) - px;
        var ey = ay + (t * dy) - py;
        return Math.Sqrt((ex * ex) + (ey * ey));
    }

    public double LengthKm(LineString line)
    {
        var total = 0.0;
        for (var i = 1; i < line.NumPoints; i++)
        {
            total += DistanceKm(line.GetCoordinateN(i - 1), line.GetCoordinateN(i));
        }

        return total;
    }

    /// <summary>Kilometre geometry back to EPSG:4490. The mapping is affine, so a valid geometry stays valid.</summary>
    public Geometry ToLonLat(Geometry kmGeometry)
    {
        var transform = new AffineTransformation(1 / _kmPerDegreeLon, 0, centreLon, 0, 1 / KmPerDegreeLat, centreLat);
        return SampleGeometry.Factory.CreateGeometry(transform.Transform(kmGeometry));
    }

    /// <summary>EPSG:4490 geometry in local kilometres, for buffers of a true width.</summary>
    public Geometry ToKm(Geometry lonLatGeometry)
    {
        var transform = new AffineTransformation(_kmPerDegreeLon, 0, -centreLon * _kmPerDegreeLon, 0, KmPerDegreeLat, -centreLat * KmPerDegreeLat);
        return transform.Transform(lonLatGeometry);
    }
}
