using System.Net;
using GeoRelief.Data.Tests;
using GeoRelief.Server.Tests.CommandLine;
using GeoRelief.Server.Tests.Layers;

namespace GeoRelief.Server.Tests.Auth;

/// <summary><c>georelief token create|list|revoke</c>, invoked in process against the test server's database.</summary>
[Collection(ConsoleRedirection.Name)]
public sealed class TokenCommandTests(SampleServerFactory factory) : IClassFixture<SampleServerFactory>
{
    [DatabaseFact]
    public async Task A_created_token_works_once_printed_is_listed_and_stops_working_when_revoked()
    {
        _ = factory.Server;
        var db = factory.Database.ConnectionString;

        var (created, createOutput) = await RunAsync("token", "create", "--role", "editor", "--within", "522628", "--name", "锦屏县交通局", "--db", db);
        var token = createOutput.Split('\n').Single(l => l.StartsWith("grt_", StringComparison.Ordinal)).Trim();
        // grt_<12 hex digits>_<secret>: the secret is base64url and may itself hold '_' (even begin with one).
        var id = token.Split('_', 3)[1];
        var secret = token.Split('_', 3)[2];
        var (listed, listOutput) = await RunAsync("token", "list", "--db", db);

        Assert.Equal(0, created);
        Assert.Equal(0, listed);
        Assert.Contains(id, listOutput, StringComparison.Ordinal);
        Assert.Contains("锦屏县交通局", listOutput, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, listOutput, StringComparison.Ordinal);
        Assert.Equal(0, await SamplePlaces.CountAsync(factory, "SELECT count(*) FROM georelief.api_token WHERE position($1 in name || id || encode(secret_hash, 'escape')) > 0", secret));

        using var client = TestTokens.Client(factory, token);
        using var before = await LayersApiTests.SendAsync(client, HttpMethod.Delete, "/api/v1/facilities/none", null);
        var (revoked, _) = await RunAsync("token", "revoke", id, "--db", db);
        using var after = await LayersApiTests.SendAsync(client, HttpMethod.Delete, "/api/v1/facilities/none", null);

        Assert.Equal(HttpStatusCode.NotFound, before.StatusCode);
        Assert.Equal(0, revoked);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    [DatabaseFact]
    public async Task A_wrong_role_or_unknown_unit_is_refused_with_a_message()
    {
        _ = factory.Server;
        var db = factory.Database.ConnectionString;

        var (badRole, _) = await RunAsync("token", "create", "--role", "owner", "--db", db);
        var (badUnit, _) = await RunAsync("token", "create", "--role", "editor", "--within", "522699", "--db", db);

        Assert.Equal(2, badRole);
        Assert.Equal(2, badUnit);
        Assert.Equal(0, await SamplePlaces.CountAsync(factory, "SELECT count(*) FROM georelief.api_token WHERE within_code = '522699'"));
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(params string[] args)
    {
        var (exit, output, _) = await CommandRun.RunAsync(args);
        return (exit, output);
    }
}
