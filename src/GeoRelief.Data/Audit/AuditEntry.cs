using System.Text.Json;

namespace GeoRelief.Data.Audit;

/// <summary>One change made through the API: who, when, which feature, and the feature before and after (API shape).</summary>
/// <param name="Action">create, update or delete.</param>
/// <param name="Before">The feature before the change; null for a create.</param>
/// <param name="After">The feature after the change; null for a delete.</param>
public sealed record AuditEntry(
    long Id,
    DateTimeOffset ChangedAt,
    string TokenId,
    string Who,
    string Layer,
    string Key,
    string Action,
    JsonElement? Before,
    JsonElement? After);
