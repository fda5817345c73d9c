namespace GeoRelief.Server.Apis;

/// <summary>The database part of <c>/health</c>.</summary>
/// <param name="Kind">"embedded" or "external".</param>
public sealed record DatabaseReport(bool Reachable, string? Kind, string? PostgreSql, string? PostGis, string? PgRouting, string? Problem);
