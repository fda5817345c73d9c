namespace GeoRelief.Server.Apis;

/// <summary>The body of <c>/health</c>.</summary>
public sealed record HealthReport(string Status, DatabaseReport Database, long? DataVersion, DateTimeOffset? DataChangedAt, string Notice);
