using System.Globalization;
using NetTopologySuite.Geometries;
using ProjNet.CoordinateSystems;
using ProjNet.CoordinateSystems.Transformations;

namespace GeoRelief.Core.Tests.Sample.Boundaries;

/// <summary>
/// Areas and lengths on the CGCS2000 (GRS80) ellipsoid, independent of the generator's own plane: an
/// Albers equal-area conic fitted to the geometry preserves ellipsoidal area exactly, and within a
/// county its length distortion is a few parts in ten thousand.
/// </summary>
internal sealed class EllipsoidalMeasure
{
    private readonly MathTransform toAlbers;
    private readonly GeometryFactory factory = new();

    public EllipsoidalMeasure(Geometry lonLat)
    {
        var e = lonLat.EnvelopeInternal;
        var wkt = string.Create(
            CultureInfo.InvariantCulture,
            $"PROJCS[\"Albers\",GEOGCS[\"CGCS2000\",DATUM[\"China_2000\",SPHEROID[\"CGCS2000\",6378137,298.257222101]],PRIMEM[\"Greenwich\",0],UNIT[\"degree\",0.0174532925199433]],PROJECTION[\"Albers_Conic_Equal_Area\"],PARAMETER[\"standard_parallel_1\",{e.MinY:R}],PARAMETER[\"standard_parallel_2\",{e.MaxY:R}],PARAMETER[\"latitude_of_center\",{e.Centre.Y:R}],PARAMETER[\"longitude_of_center\",{e.Centre.X:R}],PARAMETER[\"false_easting\",0],PARAMETER[\"false_northing\",0],UNIT[\"metre\",1]]");
        var csf = new CoordinateSystemFactory();
        var albers = (ProjectedCoordinateSystem)csf.CreateFromWkt(wkt);
        toAlbers = new CoordinateTransformationFactory().CreateFromCoordinateSystems(albers.GeographicCoordinateSystem, albers).MathTransform;
    }

    /// <summary>Polygonal geometry carried into the Albers plane vertex by vertex.</summary>
    public Geometry Project(Geometry lonLat)
    {
        var polygons = new Polygon[lonLat.NumGeometries];
        for (var g = 0; g < polygons.Length; g++)
        {
            var p = (Polygon)lonLat.GetGeometryN(g);
            polygons[g] = factory.CreatePolygon(
                Ring(p.ExteriorRing),
                [.. Enumerable.Range(0, p.NumInteriorRings).Select(h => Ring(p.GetInteriorRingN(h)))]);
        }

        return factory.CreateMultiPolygon(polygons);
    }

    public double AreaM2(Geometry lonLat) => Project(lonLat).Area;

    public double PerimeterM(Geometry lonLat) => Project(lonLat).Length;

    private LinearRing Ring(LineString lonLat) => factory.CreateLinearRing(
        [.. lonLat.Coordinates.Select(c =>
        {
            var (x, y) = toAlbers.Transform(c.X, c.Y);
            return new Coordinate(x, y);
        })]);
}
