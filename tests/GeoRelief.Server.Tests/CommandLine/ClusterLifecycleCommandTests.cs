using GeoRelief.Data.Tests;
using GeoRelief.Server.Tests.Auth;

namespace GeoRelief.Server.Tests.CommandLine;

/// <summary>What a command does with the embedded cluster: it stops one it started, and leaves one it found running.</summary>
[Collection(ConsoleRedirection.Name)]
public sealed class ClusterLifecycleCommandTests
{
    [ClusterFact]
    public async Task A_command_stops_the_cluster_it_started_and_leaves_the_one_db_start_started()
    {
        var home = TestHomes.NewPath();
        try
        {
            var (started, _, startErrors) = await CommandRun.RunAsync("db", "start", "--home", home);
            Assert.True(started == 0, startErrors);
            var postmaster = ServerProcessTests.PostmasterPid(home);

            var (listed, _, listErrors) = await CommandRun.RunAsync("token", "list", "--home", home);
            Assert.True(listed == 0, listErrors);
            Assert.True(ServerProcessTests.IsAlive(postmaster), "a command stopped the cluster 'georelief db start' had started");

            var (stopped, _, _) = await CommandRun.RunAsync("db", "stop", "--home", home);
            Assert.Equal(0, stopped);
            Assert.False(ServerProcessTests.IsAlive(postmaster));

            var (again, _, againErrors) = await CommandRun.RunAsync("token", "list", "--home", home);
            Assert.True(again == 0, againErrors);
            Assert.False(File.Exists(Path.Combine(home, "pgdata", "postmaster.pid")), "a command left running the cluster it had started");
        }
        finally
        {
            await CommandRun.RunAsync("db", "stop", "--home", home);
            if (Directory.Exists(home))
            {
                Directory.Delete(home, recursive: true);
            }
        }
    }
}
