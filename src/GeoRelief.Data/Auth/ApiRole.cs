namespace GeoRelief.Data.Auth;

/// <summary>What a token may do; each role may do everything the roles before it may.</summary>
public enum ApiRole
{
    /// <summary>Read layers when reads need a token (GEORELIEF_READ_AUTH=required).</summary>
    Viewer,

    /// <summary>Also create, change and delete features (within the token's unit, if it has one).</summary>
    Editor,

    /// <summary>Also read the audit trail.</summary>
    Admin,
}
