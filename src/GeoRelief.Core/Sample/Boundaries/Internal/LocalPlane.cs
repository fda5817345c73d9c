using System.Globalization;
using NetTopologySuite.Geometries;
using ProjNet.CoordinateSystems;
using ProjNet.CoordinateSystems.Transformations;

namespace GeoRelief.Core.Sample.Boundaries.Internal;

/// <summary>
/// A transverse Mercator plane on the CGCS2000 ellipsoid (GRS80) centred on a county, in metres. Cells
/// are laid out here so that they are isotropic: in degrees a "round" cell at 46° N is twice as tall
/// as it is wide. Within ±100 km of the centre the scale error is below 0.02 %, so areas measured here
/// are ellipsoidal areas for every practical purpose.
/// </summary>
internal sealed class LocalPlane
{
    private readonly MathTransform toPlane;
    private readonly MathTransform toGeographic;

    public LocalPlane(double centreLon, double centreLat)
    {
        var geographic = "GEOGCS[\"China Geodetic Coordinate System 2000\",DATUM[\"China_2000\","
            + "SPHEROID[\"CGCS2000\",6378137,298.257222101]],PRIMEM[\"Greenwich\",0],"
            + "UNIT[\"degree\",0.0174532925199433]]";
        var projected = string.Create(
            CultureInfo.InvariantCulture,
            $"PROJCS[\"County plane\",{geographic},PROJECTION[\"Transverse_Mercator\"],PARAMETER[\"latitude_of_origin\",{centreLat:R}],PARAMETER[\"central_meridian\",{centreLon:R}],PARAMETER[\"scale_factor\",1],PARAMETER[\"false_easting\",0],PARAMETER[\"false_northing\",0],UNIT[\"metre\",1]]");
        var factory = new CoordinateSystemFactory();
        var transforms = new CoordinateTransformationFactory();
        var geo = factory.CreateFromWkt(geographic);
        var plane = factory.CreateFromWkt(projected);
        toPlane = transforms.CreateFromCoordinateSystems(geo, plane).MathTransform;
        toGeographic = transforms.CreateFromCoordinateSystems(plane, geo).MathTransform;
    }

    public Coordinate ToPlane(Coordinate lonLat)
    {
        var (x, y) = toPlane.Transform(lonLat.X, lonLat.Y);
        return new Coordinate(x, y);
    }

    public Coordinate ToGeographic(Coordinate planar)
    {
        var (lon, lat) = toGeographic.Transform(planar.X, planar.Y);
        return new Coordinate(lon, lat);
    }

    public Coordinate[] ToGeographic(IReadOnlyList<Coordinate> planar)
    {
        var result = new Coordinate[planar.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = ToGeographic(planar[i]);
        }

        return result;
    }

    /// <summary>The polygon (shell and holes) carried into the plane, vertex by vertex.</summary>
    public Polygon ToPlane(Polygon lonLat, GeometryFactory planeFactory)
    {
        var shell = planeFactory.CreateLinearRing(ToPlane(lonLat.ExteriorRing.Coordinates));
        var holes = new LinearRing[lonLat.NumInteriorRings];
        for (var i = 0; i < holes.Length; i++)
        {
            holes[i] = planeFactory.CreateLinearRing(ToPlane(lonLat.GetInteriorRingN(i).Coordinates));
        }

        return planeFactory.CreatePolygon(shell, holes);
    }

    private Coordinate[] ToPlane(Coordinate[] lonLat)
    {
        var result = new Coordinate[lonLat.Length];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = ToPlane(lonLat[i]);
        }

        return result;
    }
}
