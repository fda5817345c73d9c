namespace GeoRelief.Data.Layers;

/// <summary>
/// The result of a write: its outcome, the feature as stored afterwards (created, updated), the stored ETag when
/// a precondition failed, the located codes outside the token's unit, or the rejected fields with messages.
/// </summary>
public sealed record EditResult(
    EditOutcome Outcome,
    LayerRecord? Feature = null,
    string? CurrentETag = null,
    IReadOnlyList<string>? OutsideCodes = null,
    IReadOnlyDictionary<string, string[]>? Errors = null);
