namespace GeoRelief.Data.Audit;

/// <summary>Which audit entries to list, newest first.</summary>
public sealed record AuditQuery(string? Layer, string? Key, DateTimeOffset? Since, int Limit);
