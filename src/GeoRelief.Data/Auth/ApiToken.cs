namespace GeoRelief.Data.Auth;

/// <summary>An API token as stored: never its secret, which only its owner has seen.</summary>
/// <param name="Id">12 hex digits; the public part of the token, also what the audit trail names.</param>
/// <param name="Within">NBS code of the unit the token may edit within; null for everywhere.</param>
public sealed record ApiToken(string Id, string Name, ApiRole Role, string? Within, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt);
