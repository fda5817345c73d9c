using GeoRelief.Data.Auth;
using GeoRelief.Server.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace GeoRelief.Server.Auth;

/// <summary>Registers token authentication and the role policies.</summary>
public static class GeoReliefAuthServiceCollectionExtensions
{
    private static readonly string[] Probes = ["/health", "/ready"];

    /// <summary>
    /// Bearer-token authentication, a policy per role, and <see cref="GeoReliefPolicies.Read"/> as the fallback of every
    /// endpoint: open, or a viewer token when <c>GeoRelief:ReadAuth</c> is <c>required</c> (the probes stay open).
    /// </summary>
    public static IServiceCollection AddGeoReliefAuth(this IServiceCollection services)
    {
        services.AddSingleton<ApiTokenStore>();
        services.AddAuthentication(ApiTokenAuthenticationHandler.SchemeName)
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(ApiTokenAuthenticationHandler.SchemeName, null);
        services.AddAuthorization();
        services.AddOptions<AuthorizationOptions>().Configure<IOptions<GeoReliefOptions>>((authorization, geoRelief) =>
        {
            var required = geoRelief.Value.ReadAuth == ReadAuth.Required;
            var read = new AuthorizationPolicyBuilder()
                .RequireAssertion(context => !required
                                             || context.User.IsInRole(GeoReliefPolicies.Viewer)
                                             || (context.Resource is HttpContext http && Probes.Contains(http.Request.Path.Value, StringComparer.OrdinalIgnoreCase)))
                .Build();
            authorization.AddPolicy(GeoReliefPolicies.Read, read);
            authorization.FallbackPolicy = read;
            authorization.AddPolicy(GeoReliefPolicies.Viewer, p => p.RequireRole(GeoReliefPolicies.Viewer));
            authorization.AddPolicy(GeoReliefPolicies.Editor, p => p.RequireRole(GeoReliefPolicies.Editor));
            authorization.AddPolicy(GeoReliefPolicies.Admin, p => p.RequireRole(GeoReliefPolicies.Admin));
        });
        return services;
    }
}
