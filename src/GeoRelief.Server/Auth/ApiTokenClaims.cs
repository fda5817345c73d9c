using System.Security.Claims;
using GeoRelief.Data.Audit;
using GeoRelief.Data.Auth;

namespace GeoRelief.Server.Auth;

/// <summary>What an authenticated request carries about its token, and the change author made from it.</summary>
public static class ApiTokenClaims
{
    /// <summary>The NBS code of the unit the token may edit within; absent for everywhere.</summary>
    public const string Within = "georelief:within";

    public static ClaimsPrincipal Principal(ApiToken token, string scheme)
    {
        ArgumentNullException.ThrowIfNull(token);
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, token.Id),
            new(ClaimTypes.Name, token.Name),
        };
        // Roles include the lower ones, so a policy names the least role it needs.
        claims.AddRange(Enum.GetValues<ApiRole>().Where(r => r <= token.Role).Select(r => new Claim(ClaimTypes.Role, ApiRoles.Name(r))));
        if (token.Within is not null)
        {
            claims.Add(new Claim(Within, token.Within));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme));
    }

    /// <summary>The author of a change made by this (authenticated) user.</summary>
    public static ChangeAuthor Author(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return new ChangeAuthor(
            user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("The request has no token."),
            user.FindFirstValue(ClaimTypes.Name) ?? string.Empty,
            user.FindFirstValue(Within));
    }

    /// <summary>The highest role of the user, for messages; null when anonymous.</summary>
    public static string? HighestRole(ClaimsPrincipal user) =>
        Enum.GetValues<ApiRole>().Reverse().Select(ApiRoles.Name).FirstOrDefault(user.IsInRole);
}
