namespace GeoRelief.Data;

/// <summary>What a PostgreSQL server is and which of GeoRelief's extensions it could install.</summary>
/// <param name="ServerVersionNumber">The server's <c>server_version_num</c>, e.g. 150014.</param>
/// <param name="ServerVersion">The server's <c>server_version</c>, e.g. <c>15.14 (Debian 15.14-0+deb12u1)</c>.</param>
/// <param name="PostGis">The available (installable) PostGIS version, or null.</param>
/// <param name="PostGisRaster">The available postgis_raster version, or null.</param>
/// <param name="PgRouting">The available pgRouting version, or null.</param>
public sealed record GeoReliefDatabaseCapabilities(
    int ServerVersionNumber,
    string ServerVersion,
    string? PostGis,
    string? PostGisRaster,
    string? PgRouting)
{
    /// <summary>The server's major version, e.g. 15.</summary>
    public int MajorVersion => ServerVersionNumber / 10000;

    /// <summary>The server's version without the packager's suffix, e.g. <c>15.14</c>.</summary>
    public string ShortServerVersion => ServerVersion.Split(' ', 2)[0];
}
