using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace GeoRelief.Benchmarks.Tiles;

/// <summary>Runs Debian's wrk against one URL on loopback and reads its requests per second.</summary>
internal static partial class Wrk
{
    public static async Task<double?> RunAsync(string url, int seconds)
    {
        ProcessStartInfo start = new("wrk")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { "-t2", "-c64", $"-d{seconds}s", url })
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }

        using (process)
        {
            var output = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            var match = RequestsPerSecond().Match(output);
            return match.Success ? double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : null;
        }
    }

    [GeneratedRegex(@"Requests/sec:\s+([0-9.]+)")]
    private static partial Regex RequestsPerSecond();
}
