using System.Diagnostics;
using System.Globalization;
using GeoRelief.Data.Cluster;
using Npgsql;

namespace GeoRelief.Data.Tests.Cluster;

[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class EmbeddedClusterTests
{
    [ClusterFact]
    public async Task A_restarted_cluster_keeps_its_rows_and_leaves_no_process_when_stopped()
    {
        await using var home = new ClusterHome();
        var cluster = home.NewCluster();

        var first = await cluster.StartAsync(CancellationToken.None);
        await ExecuteAsync(first, "CREATE TABLE kept (name text); INSERT INTO kept VALUES ('锦屏县');");
        await cluster.StopAsync(CancellationToken.None);
        NpgsqlConnection.ClearAllPools();
        var stopped = cluster.GetStatus();
        var second = await cluster.StartAsync(CancellationToken.None);
        var kept = await ScalarAsync(second, "SELECT name FROM kept");
        await cluster.StopAsync(CancellationToken.None);

        Assert.False(stopped.Running);
        Assert.True(stopped.Initialized);
        Assert.False(cluster.AdoptedRunningServer);
        Assert.Equal("锦屏县", kept);
        Assert.Empty(PostgresProcessesOf(cluster.DataDirectory));
    }

    [ClusterFact]
    public async Task The_cluster_listens_on_loopback_only_with_a_password_only_its_owner_can_read()
    {
        await using var home = new ClusterHome();
        var cluster = home.NewCluster();

        var connectionString = await cluster.StartAsync(CancellationToken.None);
        var status = cluster.GetStatus();

        Assert.Equal("127.0.0.1", await ScalarAsync(connectionString, "SHOW listen_addresses"));
        Assert.Equal(string.Empty, await ScalarAsync(connectionString, "SHOW unix_socket_directories"));
        Assert.Equal("scram-sha-256", await ScalarAsync(connectionString, "SHOW password_encryption"));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(cluster.PasswordFile));
        Assert.Equal(Environment.UserName, await OwnerOfAsync(cluster.PasswordFile));
        Assert.Equal(new NpgsqlConnectionStringBuilder(connectionString).Port, status.Port);
        Assert.Equal(status.Port, int.Parse(File.ReadAllText(cluster.PortFile), CultureInfo.InvariantCulture));
        Assert.True(status.Running);
        Assert.Equal("ready", status.ServerState);
        if (cluster.ServiceUser is { } serviceUser)
        {
            Assert.Equal(serviceUser, await OwnerOfAsync(cluster.DataDirectory));
        }

        var wrongPassword = new NpgsqlConnectionStringBuilder(connectionString) { Password = "not-the-password", Pooling = false };
        await Assert.ThrowsAsync<PostgresException>(() => ScalarAsync(wrongPassword.ConnectionString, "SELECT 1"));
    }

    [ClusterFact]
    public async Task A_stale_pid_file_of_a_dead_process_is_recovered()
    {
        await using var home = new ClusterHome();
        var cluster = home.NewCluster();
        await cluster.StartAsync(CancellationToken.None);
        await cluster.StopAsync(CancellationToken.None);
        WriteFakePidFile(cluster, await DeadProcessIdAsync());

        var connectionString = await cluster.StartAsync(CancellationToken.None);

        Assert.False(cluster.AdoptedRunningServer);
        Assert.Equal("1", await ScalarAsync(connectionString, "SELECT 1::text"));
    }

    [ClusterFact]
    public async Task A_pid_file_naming_a_live_process_that_is_not_this_cluster_is_recovered()
    {
        await using var home = new ClusterHome();
        var cluster = home.NewCluster();
        await cluster.StartAsync(CancellationToken.None);
        await cluster.StopAsync(CancellationToken.None);
        WriteFakePidFile(cluster, Environment.ProcessId);

        Assert.False(cluster.GetStatus().Running);
        var connectionString = await cluster.StartAsync(CancellationToken.None);

        Assert.Equal("1", await ScalarAsync(connectionString, "SELECT 1::text"));
    }

    [ClusterFact]
    public async Task A_cluster_already_running_is_adopted_by_the_next_process()
    {
        await using var home = new ClusterHome();
        var earlier = home.NewCluster();
        var earlierConnection = await earlier.StartAsync(CancellationToken.None);

        var later = home.NewCluster();
        var laterConnection = await later.StartAsync(CancellationToken.None);

        Assert.True(later.AdoptedRunningServer);
        Assert.Equal(earlierConnection, laterConnection);
        Assert.Equal("1", await ScalarAsync(laterConnection, "SELECT 1::text"));
        Assert.Equal(laterConnection.Replace("=postgres", "=georelief", StringComparison.Ordinal), later.GetConnectionString("georelief"));
    }

    [ClusterFact]
    public async Task As_root_a_home_the_service_user_cannot_reach_keeps_its_data_directory_where_it_can()
    {
        if (!string.Equals(Environment.UserName, "root", StringComparison.Ordinal))
        {
            return;
        }

        var locked = TestHomes.NewPath();
        Directory.CreateDirectory(locked, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var options = new EmbeddedClusterOptions { Home = Path.Combine(locked, "inner", ".georelief") };
        var cluster = new EmbeddedCluster(options, Microsoft.Extensions.Logging.Abstractions.NullLogger<EmbeddedCluster>.Instance);
        try
        {
            var first = await cluster.StartAsync(CancellationToken.None);
            await ExecuteAsync(first, "CREATE TABLE kept (name text); INSERT INTO kept VALUES ('扎赉特旗');");
            await cluster.StopAsync(CancellationToken.None);
            NpgsqlConnection.ClearAllPools();

            // A new launcher for the same home (as the next command would make) finds the relocated cluster.
            var again = new EmbeddedCluster(options, Microsoft.Extensions.Logging.Abstractions.NullLogger<EmbeddedCluster>.Instance);
            var second = await again.StartAsync(CancellationToken.None);

            Assert.StartsWith(EmbeddedCluster.FallbackRoot + "/", again.DataDirectory, StringComparison.Ordinal);
            Assert.Equal(cluster.DataDirectory, again.DataDirectory);
            Assert.Equal(again.DataDirectory, File.ReadAllText(Path.Combine(options.Home, "pgdata-location")).Trim());
            Assert.True(File.Exists(again.PasswordFile));
            Assert.Equal("扎赉特旗", await ScalarAsync(second, "SELECT name FROM kept"));
            await again.StopAsync(CancellationToken.None);
            Assert.Empty(PostgresProcessesOf(again.DataDirectory));
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await cluster.StopAsync(CancellationToken.None);
            var relocated = Path.GetDirectoryName(cluster.DataDirectory)!;
            if (relocated.StartsWith(EmbeddedCluster.FallbackRoot + "/", StringComparison.Ordinal) && Directory.Exists(relocated))
            {
                Directory.Delete(relocated, recursive: true);
            }

            Directory.Delete(locked, recursive: true);
        }
    }

    private static void WriteFakePidFile(EmbeddedCluster cluster, int processId) =>
        File.WriteAllLines(
            Path.Combine(cluster.DataDirectory, "postmaster.pid"),
            [processId.ToString(CultureInfo.InvariantCulture), cluster.DataDirectory, "1700000000", "5432", string.Empty, "127.0.0.1", "0 0", "ready"]);

    private static async Task<int> DeadProcessIdAsync()
    {
        using var process = Process.Start("true")!;
        await process.WaitForExitAsync();
        return process.Id;
    }

    // Independent of the cluster's own probe: every process working in the data directory, as "pid state command".
    private static List<string> PostgresProcessesOf(string dataDirectory) =>
        Directory.EnumerateDirectories("/proc")
            .Select(Path.GetFileName)
            .Where(name => name!.All(char.IsAsciiDigit))
            .Select(name => int.Parse(name!, CultureInfo.InvariantCulture))
            .Where(pid => WorksIn(pid, dataDirectory))
            .Select(pid => $"{pid} {ReadOrEmpty($"/proc/{pid}/stat")} {ReadOrEmpty($"/proc/{pid}/cmdline").Replace('\0', ' ')}")
            .ToList();

    private static string ReadOrEmpty(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (IOException)
        {
            return string.Empty;
        }
    }

    private static bool WorksIn(int pid, string dataDirectory)
    {
        try
        {
            return new DirectoryInfo($"/proc/{pid}/cwd").LinkTarget == dataDirectory;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static async Task<string> OwnerOfAsync(string path)
    {
        using var stat = Process.Start(new ProcessStartInfo("stat", ["--format=%U", path]) { RedirectStandardOutput = true })!;
        var owner = (await stat.StandardOutput.ReadToEndAsync()).Trim();
        await stat.WaitForExitAsync();
        return owner;
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<string?> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (string?)await command.ExecuteScalarAsync();
    }
}
