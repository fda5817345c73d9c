namespace GeoRelief.Data.Layers;

/// <summary>How a write through the API ended; only the first three changed anything.</summary>
public enum EditOutcome
{
    Created,
    Updated,
    Deleted,

    /// <summary>No feature has the key (PUT, DELETE).</summary>
    NotFound,

    /// <summary>A feature with the key exists already (POST).</summary>
    AlreadyExists,

    /// <summary>If-Match named a version other than the stored one.</summary>
    PreconditionFailed,

    /// <summary>The feature lies (before or after the change) outside the unit the token may edit.</summary>
    OutsideScope,

    /// <summary>The database refused the values (a rule the catalogue cannot check alone, e.g. an unknown referenced id).</summary>
    Rejected,
}
