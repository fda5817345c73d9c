namespace GeoRelief.Data;

/// <summary>The versions GeoRelief found at start, as reported by <c>/health</c>.</summary>
/// <param name="PostgreSql">The server's version, e.g. <c>15.14</c>.</param>
/// <param name="PostGis">The installed PostGIS extension's version, e.g. <c>3.3.2</c>.</param>
/// <param name="PgRouting">The installed pgRouting extension's version, or null when the server does not have it.</param>
public sealed record GeoReliefDatabaseVersions(string PostgreSql, string PostGis, string? PgRouting);
