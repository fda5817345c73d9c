using GeoRelief.Data.Tests;
using GeoRelief.Server.Tests.Styles;

namespace GeoRelief.Server.Tests.Ogc;

/// <summary>A test that runs GDAL's ogrinfo/ogr2ogr against the server: skipped locally without them or PostgreSQL, run (and failing) on CI.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class GdalFactAttribute : FactAttribute
{
    public GdalFactAttribute() => Skip = SkipReason;

    /// <summary>Why a GDAL test cannot run here; null when it can, and always on CI, where a missing tool is a failure.</summary>
    internal static string? SkipReason => TestPostgres.IsContinuousIntegration
        ? null
        : TestPostgres.UnavailableReason ?? (NodeTools.Which("ogrinfo") ? null : "GDAL's ogrinfo is not installed (scripts/setup.sh installs gdal-bin).");
}
