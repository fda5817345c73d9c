namespace GeoRelief.Server.Tests.Ogc;

/// <summary>A theory that runs GDAL's ogrinfo/ogr2ogr: skipped as <see cref="GdalFactAttribute"/> is.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class GdalTheoryAttribute : TheoryAttribute
{
    public GdalTheoryAttribute() => Skip = GdalFactAttribute.SkipReason;
}
