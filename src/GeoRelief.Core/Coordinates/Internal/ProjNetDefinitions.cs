using ProjNet.CoordinateSystems;
using ProjNet.CoordinateSystems.Transformations;

namespace GeoRelief.Core.Coordinates.Internal;

/// <summary>Builds ProjNET coordinate systems on the CGCS2000 geographic system, so that projections run without any datum step.</summary>
internal static class ProjNetDefinitions
{
    private const double Grs80SemiMajorAxis = 6378137.0;
    private const double Cgcs2000InverseFlattening = 298.257222101;
    private const double Wgs84InverseFlattening = 298.257223563;

    private static readonly CoordinateSystemFactory Factory = new();
    private static readonly CoordinateTransformationFactory TransformationFactory = new();

    /// <summary>CGCS2000 geographic, longitude then latitude in degrees; a zero TOWGS84 lets ProjNET shift other datums onto it.</summary>
    public static GeographicCoordinateSystem Cgcs2000 { get; } = Factory.CreateGeographicCoordinateSystem(
        "China Geodetic Coordinate System 2000",
        AngularUnit.Degrees,
        Factory.CreateHorizontalDatum(
            "China_2000",
            DatumType.HD_Geocentric,
            Factory.CreateFlattenedSphere("CGCS2000", Grs80SemiMajorAxis, Cgcs2000InverseFlattening, LinearUnit.Metre),
            new Wgs84ConversionInfo()),
        PrimeMeridian.Greenwich,
        new AxisInfo("Lon", AxisOrientationEnum.East),
        new AxisInfo("Lat", AxisOrientationEnum.North));

    /// <summary>A CGCS2000 Gauss–Krüger zone as a ProjNET transverse Mercator (GRS80, k = 1, latitude of origin 0, false northing 0).</summary>
    public static ProjectedCoordinateSystem GaussKruger(GaussKrugerZone zone)
    {
        var projection = Factory.CreateProjection(
            "Transverse_Mercator",
            "Transverse_Mercator",
            [
                new ProjectionParameter("latitude_of_origin", 0.0),
                new ProjectionParameter("central_meridian", zone.CentralMeridian),
                new ProjectionParameter("scale_factor", 1.0),
                new ProjectionParameter("false_easting", zone.FalseEasting),
                new ProjectionParameter("false_northing", 0.0),
            ]);
        return Factory.CreateProjectedCoordinateSystem(
            zone.Name,
            Cgcs2000,
            projection,
            LinearUnit.Metre,
            new AxisInfo("East", AxisOrientationEnum.East),
            new AxisInfo("North", AxisOrientationEnum.North));
    }

    /// <summary>
    /// The same projection on the given geographic system, with ESRI's "Gauss_Kruger" renamed to the transverse Mercator
    /// it is (ProjNET only knows the latter). Passing <see cref="Cgcs2000"/> rehomes a system whose datum is numerically
    /// CGCS2000: keeping its own GRS80/WGS84 datum would make ProjNET convert between the two ellipsoids, a sub-millimetre
    /// change that is pure noise for planning.
    /// </summary>
    public static ProjectedCoordinateSystem Rebuild(ProjectedCoordinateSystem source, GeographicCoordinateSystem geographic)
    {
        var parameters = new List<ProjectionParameter>();
        for (var i = 0; i < source.Projection.NumParameters; i++)
        {
            parameters.Add(source.Projection.GetParameter(i));
        }

        var className = IsGaussKrugerName(source.Projection.ClassName) ? "Transverse_Mercator" : source.Projection.ClassName;
        var projection = Factory.CreateProjection(className, className, parameters);
        return Factory.CreateProjectedCoordinateSystem(
            source.Name,
            geographic,
            projection,
            source.LinearUnit,
            new AxisInfo("East", AxisOrientationEnum.East),
            new AxisInfo("North", AxisOrientationEnum.North));
    }

    /// <summary>True for the projection names that mean transverse Mercator, including ESRI's Gauss_Kruger.</summary>
    public static bool IsTransverseMercatorName(string className) =>
        IsGaussKrugerName(className)
        || string.Equals(Normalise(className), "TRANSVERSEMERCATOR", StringComparison.Ordinal);

    /// <summary>True when a datum is CGCS2000 or WGS84 to within planning accuracy (same ellipsoid size, no datum shift).</summary>
    public static bool IsCgcs2000Compatible(HorizontalDatum datum)
    {
        var ellipsoid = datum.Ellipsoid;
        var metres = ellipsoid.AxisUnit.MetersPerUnit;
        var sameSize = Math.Abs((ellipsoid.SemiMajorAxis * metres) - Grs80SemiMajorAxis) < 1e-3;
        var sameShape = Math.Abs(ellipsoid.InverseFlattening - Cgcs2000InverseFlattening) < 1e-6
            || Math.Abs(ellipsoid.InverseFlattening - Wgs84InverseFlattening) < 1e-6;
        var shift = datum.Wgs84Parameters;
        var noShift = shift is null || shift.HasZeroValuesOnly;
        return sameSize && sameShape && noShift;
    }

    /// <summary>True when the datum uses exactly the WGS84 ellipsoid (as opposed to GRS80/CGCS2000).</summary>
    public static bool HasWgs84Ellipsoid(HorizontalDatum datum) =>
        Math.Abs(datum.Ellipsoid.InverseFlattening - Wgs84InverseFlattening) < 1e-6;

    /// <summary>The ProjNET transform from CGCS2000 geographic to the given system.</summary>
    public static MathTransform FromCgcs2000(CoordinateSystem target) =>
        TransformationFactory.CreateFromCoordinateSystems(Cgcs2000, target).MathTransform;

    /// <summary>The ProjNET transform from the given system to CGCS2000 geographic.</summary>
    public static MathTransform ToCgcs2000(CoordinateSystem source) =>
        TransformationFactory.CreateFromCoordinateSystems(source, Cgcs2000).MathTransform;

    private static bool IsGaussKrugerName(string className) =>
        string.Equals(Normalise(className), "GAUSSKRUGER", StringComparison.Ordinal);

    private static string Normalise(string name) =>
        new([.. name.Where(char.IsLetter).Select(char.ToUpperInvariant)]);
}
