using System.Net.Http.Headers;
using GeoRelief.Data.Auth;

namespace GeoRelief.Server.Tests.Auth;

/// <summary>Tokens made straight in the server's database, and clients that send them.</summary>
public static class TestTokens
{
    /// <summary>Starts the server (so its migrations have run) and creates a token; returns its text.</summary>
    public static async Task<string> CreateAsync(SampleServerFactory factory, ApiRole role, string? within = null)
    {
        ArgumentNullException.ThrowIfNull(factory);
        _ = factory.Server;
        var created = await new ApiTokenStore(factory.Database.DataSource).CreateAsync($"test {role} {within}", role, within, CancellationToken.None);
        return created.Text;
    }

    /// <summary>A client of the server that sends <paramref name="token"/> as a bearer token.</summary>
    public static HttpClient Client(SampleServerFactory factory, string? token)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var client = factory.CreateClient();
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }
}
