using System.Diagnostics;
using System.Globalization;
using GeoRelief.Data.Cluster;
using Microsoft.Extensions.Logging.Abstractions;

namespace GeoRelief.Data.Tests;

/// <summary>
/// Temporary GeoRelief homes of test runs, under the system temp directory (which the cluster's OS user can reach).
/// Each records the test process that owns it, so that a later run can stop and remove what a killed run left.
/// </summary>
public static class TestHomes
{
    private const string Prefix = "georelief-test-";
    private const string OwnerFileName = "test-owner-pid";
    private static readonly TimeSpan UnclaimedAge = TimeSpan.FromMinutes(10);
    private static readonly Lazy<Task> Sweep = new(() => Task.Run(RemoveAbandonedAsync));

    /// <summary>A new home path (not yet created) that the cluster's OS user can reach.</summary>
    public static string NewPath() => Path.Combine(Path.GetTempPath(), Prefix + Guid.NewGuid().ToString("N")[..12]);

    /// <summary>Records this process as the owner of <paramref name="home"/>, which must exist.</summary>
    public static void Claim(string home) =>
        File.WriteAllText(Path.Combine(home, OwnerFileName), Environment.ProcessId.ToString(CultureInfo.InvariantCulture));

    /// <summary>Once per process: stops and removes the homes of test runs whose process is gone.</summary>
    public static Task RemoveAbandonedOnceAsync() => Sweep.Value;

    private static async Task RemoveAbandonedAsync()
    {
        foreach (var home in Directory.EnumerateDirectories(Path.GetTempPath(), Prefix + "*"))
        {
            try
            {
                if (IsAbandoned(home))
                {
                    await new EmbeddedCluster(new EmbeddedClusterOptions { Home = home }, NullLogger<EmbeddedCluster>.Instance)
                        .StopAsync(CancellationToken.None);
                    Directory.Delete(home, recursive: true);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or EmbeddedClusterException)
            {
                // Best effort: another test process may be sweeping the same home right now.
            }
        }
    }

    private static bool IsAbandoned(string home)
    {
        var ownerFile = Path.Combine(home, OwnerFileName);
        if (!File.Exists(ownerFile))
        {
            // Still being set up by a run that has not claimed it yet, unless that was long ago.
            return DateTime.UtcNow - Directory.GetLastWriteTimeUtc(home) > UnclaimedAge;
        }

        if (!int.TryParse(File.ReadAllText(ownerFile).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var owner))
        {
            return true;
        }

        try
        {
            using var process = Process.GetProcessById(owner);
            return process.HasExited;
        }
        catch (ArgumentException)
        {
            return true;
        }
    }
}
