namespace GeoRelief.Data.Auth;

/// <summary>The names of <see cref="ApiRole"/> as stored, typed on the command line and put in claims.</summary>
public static class ApiRoles
{
    /// <summary>The accepted names, for messages.</summary>
    public const string Names = "viewer, editor, admin";

    public static string Name(ApiRole role) => role switch
    {
        ApiRole.Viewer => "viewer",
        ApiRole.Editor => "editor",
        ApiRole.Admin => "admin",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "Not a role."),
    };

    public static bool TryParse(string? name, out ApiRole role)
    {
        foreach (var candidate in Enum.GetValues<ApiRole>())
        {
            if (string.Equals(Name(candidate), name, StringComparison.OrdinalIgnoreCase))
            {
                role = candidate;
                return true;
            }
        }

        role = default;
        return false;
    }
}
