namespace GeoRelief.Data.Health;

/// <summary>What the database says about itself: versions, and the version of the planning data.</summary>
/// <param name="DataVersion">Increases with every change to planning data; results and tiles name it.</param>
public sealed record DatabaseStatus(string PostgreSql, string? PostGis, string? PgRouting, long DataVersion, DateTimeOffset DataChangedAt);
