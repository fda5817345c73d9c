using System.Text.Encodings.Web;
using GeoRelief.Data.Auth;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace GeoRelief.Server.Auth;

/// <summary>
/// Authenticates <c>Authorization: Bearer grt_…</c> against the stored token hashes, and answers 401 and 403 with
/// ProblemDetails that say what token is needed and how to get one. The token itself is never logged.
/// </summary>
public sealed class ApiTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiTokenStore tokens,
    IProblemDetailsService problemDetails)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    /// <summary>The scheme's name, also the word in the Authorization header.</summary>
    public const string SchemeName = "Bearer";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (string.IsNullOrEmpty(header))
        {
            return AuthenticateResult.NoResult();
        }

        if (!header.StartsWith(SchemeName + " ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.Fail("The Authorization header must read 'Bearer <token>'.");
        }

        var token = await tokens.AuthenticateAsync(header[(SchemeName.Length + 1)..].Trim(), Context.RequestAborted);
        return token is null
            ? AuthenticateResult.Fail("The token is not known, or it has been revoked.")
            : AuthenticateResult.Success(new AuthenticationTicket(ApiTokenClaims.Principal(token, SchemeName), SchemeName));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync();
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = SchemeName;
        var needed = RequiredRole();
        await WriteProblemAsync(
            StatusCodes.Status401Unauthorized,
            "A token is needed.",
            (result.Failure is { } failure ? failure.Message + " " : "This needs a token. ")
            + $"Send 'Authorization: Bearer <token>' with a token of role {needed} or higher; an administrator creates one with 'georelief token create --role {needed}'.");
    }

    protected override async Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        var needed = RequiredRole();
        await WriteProblemAsync(
            StatusCodes.Status403Forbidden,
            "The token may not do this.",
            $"Your token has the role {ApiTokenClaims.HighestRole(Context.User) ?? "none"}, but this needs {needed} or higher: ask an administrator for a token of that role.");
    }

    private string RequiredRole()
    {
        var policies = Context.GetEndpoint()?.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy) ?? [];
        return policies.Contains(GeoReliefPolicies.Admin) ? GeoReliefPolicies.Admin
            : policies.Contains(GeoReliefPolicies.Editor) ? GeoReliefPolicies.Editor
            : GeoReliefPolicies.Viewer;
    }

    private async Task WriteProblemAsync(int status, string title, string detail) =>
        await problemDetails.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = Context,
            ProblemDetails = { Status = status, Title = title, Detail = detail },
        });
}
