namespace GeoRelief.Server.Auth;

/// <summary>The authorization policies endpoints name: one per role, and reading (open unless configured otherwise).</summary>
public static class GeoReliefPolicies
{
    /// <summary>Reading: open, or a viewer token when <see cref="ReadAuth.Required"/>. Also the fallback of every endpoint.</summary>
    public const string Read = "read";

    /// <summary>A viewer, editor or admin token.</summary>
    public const string Viewer = "viewer";

    /// <summary>An editor or admin token.</summary>
    public const string Editor = "editor";

    /// <summary>An admin token.</summary>
    public const string Admin = "admin";
}
