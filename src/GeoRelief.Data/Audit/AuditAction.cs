namespace GeoRelief.Data.Audit;

/// <summary>What a change did to a feature.</summary>
public enum AuditAction
{
    Create,
    Update,
    Delete,
}
