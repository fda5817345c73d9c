using GeoRelief.Core.Coordinates.Internal;
using NetTopologySuite.Geometries;
using ProjNet.CoordinateSystems.Transformations;

namespace GeoRelief.Core.Coordinates;

/// <summary>Converts coordinates and geometries between any two supported systems, always through CGCS2000 geographic.</summary>
/// <remarks>
/// Each side is one of: identity (CGCS2000, WGS84), the GCJ-02 or BD-09 formulas with their iterative inverses, or a
/// ProjNET transform (Gauss–Krüger, UTM, Web Mercator, .prj). So a Gauss–Krüger zone converts to BD-09 by inverse
/// projection, then GCJ-02, then BD-09. ProjNET does not document its transforms as thread-safe, so an instance
/// should be used by one thread at a time; create one per import or request.
/// </remarks>
public sealed class CrsTransformOp
{
    private readonly Func<CrsPoint, LonLat> toCgcs2000;
    private readonly Func<LonLat, CrsPoint> fromCgcs2000;
    private readonly bool isIdentity;

    /// <summary>Prepares the conversion described by <paramref name="parameters"/>.</summary>
    public CrsTransformOp(CrsTransformParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        Parameters = parameters;
        toCgcs2000 = ToCgcs2000(parameters.Source);
        fromCgcs2000 = FromCgcs2000(parameters.Target);
        isIdentity = ReferenceEquals(parameters.Source, parameters.Target) || (IsPlainGeographic(parameters.Source) && IsPlainGeographic(parameters.Target));
    }

    /// <summary>The source and target systems.</summary>
    public CrsTransformParameters Parameters { get; }

    /// <summary>Converts one point between the systems of <paramref name="parameters"/>.</summary>
    public static CrsPoint Transform(CrsPoint point, CrsTransformParameters parameters) => new CrsTransformOp(parameters).Transform(point);

    /// <summary>Converts one point.</summary>
    public CrsPoint Transform(CrsPoint point) => isIdentity ? point : fromCgcs2000(toCgcs2000(point));

    /// <summary>A converted copy of the geometry, with SRID set to the target's EPSG code (0 for GCJ-02, BD-09 and WKTs without one).</summary>
    public Geometry Transform(Geometry geometry)
    {
        ArgumentNullException.ThrowIfNull(geometry);
        var copy = geometry.Copy();
        if (!isIdentity)
        {
            copy.Apply(new CoordinateMapFilter(Transform));
        }

        copy.SRID = Parameters.Target.EpsgCode ?? 0;
        return copy;
    }

    private static bool IsPlainGeographic(CoordinateReferenceSystem crs) => crs.Kind is CrsKind.Cgcs2000 or CrsKind.Wgs84;

    private static Func<CrsPoint, LonLat> ToCgcs2000(CoordinateReferenceSystem source)
    {
        switch (source.Kind)
        {
            case CrsKind.Cgcs2000 or CrsKind.Wgs84:
                return p => new LonLat(p.X, p.Y);
            case CrsKind.Gcj02:
                return p => Gcj02.ToCgcs2000(new LonLat(p.X, p.Y));
            case CrsKind.Bd09:
                return p => Bd09.ToCgcs2000(new LonLat(p.X, p.Y));
            default:
                var transform = ProjNetDefinitions.ToCgcs2000(source.ProjNetSystem!);
                return p => ToLonLat(transform, p);
        }
    }

    private static Func<LonLat, CrsPoint> FromCgcs2000(CoordinateReferenceSystem target)
    {
        switch (target.Kind)
        {
            case CrsKind.Cgcs2000 or CrsKind.Wgs84:
                return p => new CrsPoint(p.Lon, p.Lat);
            case CrsKind.Gcj02:
                return p => ToPoint(Gcj02.FromCgcs2000(p));
            case CrsKind.Bd09:
                return p => ToPoint(Bd09.FromCgcs2000(p));
            default:
                var transform = ProjNetDefinitions.FromCgcs2000(target.ProjNetSystem!);
                return p =>
                {
                    var (x, y) = transform.Transform(p.Lon, p.Lat);
                    return new CrsPoint(x, y);
                };
        }
    }

    private static LonLat ToLonLat(MathTransform transform, CrsPoint p)
    {
        var (lon, lat) = transform.Transform(p.X, p.Y);
        return new LonLat(lon, lat);
    }

    private static CrsPoint ToPoint(LonLat p) => new(p.Lon, p.Lat);
}
