using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GeoRelief.Data.Tests;

namespace GeoRelief.Server.Tests;

/// <summary>The life of a real server process with its embedded database: first start, SIGTERM, restart.</summary>
public sealed class ServerProcessTests
{
    [ClusterFact]
    public async Task Sigterm_stops_the_embedded_database_and_a_restart_keeps_every_row()
    {
        var home = TestHomes.NewPath();
        try
        {
            JsonElement before;
            long dataVersionBefore;
            using (var first = ServerProcess.Start(home))
            {
                Assert.True(await first.WaitUntilHealthyAsync(TimeSpan.FromMinutes(5)), "the first start did not answer /health within 5 minutes");
                before = await first.Client.GetFromJsonAsync<JsonElement>(new Uri("api/v1/admin-units/522628", UriKind.Relative));
                dataVersionBefore = await DataVersionAsync(first.Client);
                var postmaster = PostmasterPid(home);

                Assert.True(await first.TerminateAsync(TimeSpan.FromSeconds(10)), "the server did not stop within 10 s of SIGTERM");
                Assert.False(IsAlive(postmaster), $"PostgreSQL (pid {postmaster}) still runs after the server stopped");
                Assert.False(File.Exists(Path.Combine(home, "pgdata", "postmaster.pid")));
            }

            using var second = ServerProcess.Start(home);
            Assert.True(await second.WaitUntilHealthyAsync(TimeSpan.FromMinutes(2)), "the restart did not answer /health");
            var after = await second.Client.GetFromJsonAsync<JsonElement>(new Uri("api/v1/admin-units/522628", UriKind.Relative));

            // Same rows, and the sample was not loaded again (that would have moved the data version).
            Assert.Equal(before.GetRawText(), after.GetRawText());
            Assert.Equal(dataVersionBefore, await DataVersionAsync(second.Client));
            Assert.True(await second.TerminateAsync(TimeSpan.FromSeconds(10)));
        }
        finally
        {
            if (Directory.Exists(home))
            {
                Directory.Delete(home, recursive: true);
            }
        }
    }

    [ClusterFact]
    public async Task Servers_sharing_a_home_leave_the_database_running_while_another_uses_it_and_the_last_one_out_stops_it()
    {
        var home = TestHomes.NewPath();
        try
        {
            using var first = ServerProcess.Start(home);
            Assert.True(await first.WaitUntilHealthyAsync(TimeSpan.FromMinutes(5)), "the first start did not answer /health within 5 minutes");
            var postmaster = PostmasterPid(home);

            using (var clash = ServerProcess.Start(home, first.Port))
            {
                Assert.Equal(1, await clash.WaitForExitAsync(TimeSpan.FromMinutes(2)));
                Assert.Contains("--port", clash.Errors, StringComparison.Ordinal);
                Assert.DoesNotContain("Unhandled exception", clash.Errors, StringComparison.Ordinal);
            }

            Assert.True(IsAlive(postmaster), "the server that could not listen stopped the first server's database");
            Assert.Equal(HttpStatusCode.OK, (await first.Client.GetAsync(new Uri("api/v1/admin-units/522628", UriKind.Relative))).StatusCode);

            using (var second = ServerProcess.Start(home))
            {
                Assert.True(await second.WaitUntilHealthyAsync(TimeSpan.FromMinutes(2)), "a second server on the same home did not answer /health");
                Assert.True(await second.TerminateAsync(TimeSpan.FromSeconds(10)));
            }

            Assert.True(IsAlive(postmaster), "the second server stopped the database it had found running");
            Assert.Equal(HttpStatusCode.OK, (await first.Client.GetAsync(new Uri("api/v1/admin-units/522628", UriKind.Relative))).StatusCode);

            using var third = ServerProcess.Start(home);
            Assert.True(await third.WaitUntilHealthyAsync(TimeSpan.FromMinutes(2)), "a third server on the same home did not answer /health");
            Assert.True(await first.TerminateAsync(TimeSpan.FromSeconds(10)));
            Assert.True(IsAlive(postmaster), "the server that started the database stopped it while another server used it");
            Assert.Equal(HttpStatusCode.OK, (await third.Client.GetAsync(new Uri("api/v1/admin-units/522628", UriKind.Relative))).StatusCode);
            Assert.True(await third.TerminateAsync(TimeSpan.FromSeconds(10)));
            Assert.False(IsAlive(postmaster), $"PostgreSQL (pid {postmaster}) still runs after the last server stopped");
        }
        finally
        {
            if (Directory.Exists(home))
            {
                Directory.Delete(home, recursive: true);
            }
        }
    }

    private static async Task<long> DataVersionAsync(HttpClient client)
    {
        var health = await client.GetFromJsonAsync<JsonElement>(new Uri("health", UriKind.Relative));
        return health.GetProperty("dataVersion").GetInt64();
    }

    internal static int PostmasterPid(string home) =>
        int.Parse(File.ReadLines(Path.Combine(home, "pgdata", "postmaster.pid")).First(), CultureInfo.InvariantCulture);

    // A stopped postmaster can linger as a zombie when the machine's init does not reap orphans: that is gone too.
    internal static bool IsAlive(int pid)
    {
        var stat = $"/proc/{pid}/stat";
        if (!File.Exists(stat))
        {
            return false;
        }

        var text = File.ReadAllText(stat);
        var state = text[(text.LastIndexOf(')') + 2)..].FirstOrDefault();
        return state is not ('Z' or 'X');
    }
}
