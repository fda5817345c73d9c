using ProjNet.CoordinateSystems;
using ProjNet.IO.CoordinateSystems;

namespace GeoRelief.Core.Coordinates.Internal;

/// <summary>Reads an OGC/ESRI WKT (e.g. a Shapefile .prj) into a system GeoRelief can convert, recognising CGCS2000 Gauss–Krüger zones by their parameters.</summary>
/// <remarks>Errors carry no parameter name: they surface from <see cref="CrsRegistry.Parse"/>, whose message is what a planner reads.</remarks>
internal static class WktCrsReader
{
    public static CoordinateReferenceSystem Read(string wkt)
    {
        IInfo parsed;
        try
        {
            parsed = CoordinateSystemWktReader.Parse(wkt);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or NotSupportedException or InvalidOperationException or InvalidCastException)
        {
            throw new ArgumentException($"The coordinate system text (WKT, e.g. a .prj file) could not be read: {e.Message}", e);
        }

        return parsed switch
        {
            GeographicCoordinateSystem geographic => FromGeographic(geographic),
            ProjectedCoordinateSystem projected => FromProjected(projected),
            _ => throw new ArgumentException(
                $"The WKT describes a {parsed.GetType().Name} ('{parsed.Name}'); only geographic (GEOGCS) and projected (PROJCS) systems can be imported."),
        };
    }

    private static CoordinateReferenceSystem FromGeographic(GeographicCoordinateSystem geographic)
    {
        if (ProjNetDefinitions.IsCgcs2000Compatible(geographic.HorizontalDatum))
        {
            var degrees = Math.Abs(geographic.AngularUnit.RadiansPerUnit - (Math.PI / 180.0)) < 1e-12;
            var greenwich = Math.Abs(geographic.PrimeMeridian.Longitude) < 1e-12;
            if (!degrees || !greenwich)
            {
                throw new ArgumentException(
                    $"The geographic system '{geographic.Name}' uses unit '{geographic.AngularUnit.Name}' and prime meridian '{geographic.PrimeMeridian.Name}'; only degrees from Greenwich are supported.");
            }

            return ProjNetDefinitions.HasWgs84Ellipsoid(geographic.HorizontalDatum) ? CrsRegistry.Wgs84 : CrsRegistry.Cgcs2000;
        }

        RequireShift(geographic.HorizontalDatum, geographic.Name);
        return Checked(new CoordinateReferenceSystem(CrsKind.OtherDatum, Identifier(geographic), geographic.Name, Epsg(geographic), geographic));
    }

    private static CoordinateReferenceSystem FromProjected(ProjectedCoordinateSystem projected)
    {
        if (!ProjNetDefinitions.IsCgcs2000Compatible(projected.GeographicCoordinateSystem.HorizontalDatum))
        {
            RequireShift(projected.GeographicCoordinateSystem.HorizontalDatum, projected.Name);
            var renamed = ProjNetDefinitions.Rebuild(projected, projected.GeographicCoordinateSystem);
            return Checked(new CoordinateReferenceSystem(CrsKind.OtherDatum, Identifier(projected), projected.Name, Epsg(projected), renamed));
        }

        if (GaussKrugerEpsg(projected) is int epsg)
        {
            return CrsRegistry.FromEpsg(epsg);
        }

        var rehomed = ProjNetDefinitions.Rebuild(projected, ProjNetDefinitions.Cgcs2000);
        return Checked(new CoordinateReferenceSystem(CrsKind.Projected, Identifier(projected), projected.Name, Epsg(projected), rehomed));
    }

    private static int? GaussKrugerEpsg(ProjectedCoordinateSystem projected)
    {
        // A transverse Mercator on the WGS84 ellipsoid computes the same numbers, but calling it EPSG:45xx would misstate its datum.
        var projection = projected.Projection;
        if (!ProjNetDefinitions.IsTransverseMercatorName(projection.ClassName)
            || Math.Abs(projected.LinearUnit.MetersPerUnit - 1.0) > 1e-12
            || ProjNetDefinitions.HasWgs84Ellipsoid(projected.GeographicCoordinateSystem.HorizontalDatum))
        {
            return null;
        }

        var scale = Parameter(projection, "scale_factor");
        var latitudeOfOrigin = Parameter(projection, "latitude_of_origin");
        var falseNorthing = Parameter(projection, "false_northing");
        var centralMeridian = Parameter(projection, "central_meridian");
        var falseEasting = Parameter(projection, "false_easting");
        return IsNear(scale, 1.0) && IsNear(latitudeOfOrigin, 0.0) && IsNear(falseNorthing, 0.0) && centralMeridian is double cm && falseEasting is double fe
            ? GaussKrugerZone.EpsgFromParameters(cm, fe, projected.Name)
            : null;
    }

    private static bool IsNear(double? value, double expected) => value is double v && Math.Abs(v - expected) < 1e-12;

    private static double? Parameter(IProjection projection, string name)
    {
        for (var i = 0; i < projection.NumParameters; i++)
        {
            var parameter = projection.GetParameter(i);
            if (string.Equals(parameter.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return parameter.Value;
            }
        }

        return null;
    }

    private static void RequireShift(HorizontalDatum datum, string systemName)
    {
        if (datum.Wgs84Parameters is null || datum.Wgs84Parameters.HasZeroValuesOnly)
        {
            throw new ArgumentException(
                $"'{systemName}' is on datum '{datum.Name}' (ellipsoid '{datum.Ellipsoid.Name}'), not CGCS2000 or WGS84, and its WKT has no TOWGS84 parameters. "
                + "Converting it would be off by tens to hundreds of metres; re-export the data in CGCS2000 (EPSG:4490 or a Gauss–Krüger zone 4491–4554) or add the local TOWGS84 parameters to the .prj.");
        }
    }

    // Creating both transforms now turns an unsupported projection into an error at parse time rather than on the first point.
    private static CoordinateReferenceSystem Checked(CoordinateReferenceSystem crs)
    {
        var system = crs.ProjNetSystem!;
        try
        {
            _ = ProjNetDefinitions.ToCgcs2000(system);
            _ = ProjNetDefinitions.FromCgcs2000(system);
        }
        catch (Exception e) when (e is NotSupportedException or ArgumentException or InvalidOperationException)
        {
            throw new ArgumentException($"The coordinate system '{crs.Name}' cannot be converted: {e.Message}", e);
        }

        return crs;
    }

    private static int? Epsg(CoordinateSystem system) =>
        string.Equals(system.Authority, "EPSG", StringComparison.OrdinalIgnoreCase) && system.AuthorityCode is > 0 and <= int.MaxValue
            ? (int)system.AuthorityCode
            : null;

    private static string Identifier(CoordinateSystem system) =>
        Epsg(system) is int code ? CrsRegistry.EpsgIdentifier(code) : system.Name;
}
