using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace GeoRelief.Benchmarks.Tiles;

/// <summary>Runs Debian's wrk against one URL on loopback: throughput with many connections, or latency with one.</summary>
internal static partial class Wrk
{
    /// <summary>Requests per second with 2 threads and 64 connections (null when wrk is not installed).</summary>
    public static async Task<double?> RunAsync(string url, int seconds)
    {
        var output = await RunAsync(["-t2", "-c64", $"-d{seconds}s", url]);
        var match = output is null ? null : RequestsPerSecond().Match(output);
        return match is { Success: true } ? double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : null;
    }

    /// <summary>
    /// The median time of one request, in ms, from one connection sending the next request when the last answer is in
    /// (how a single map client fetches) for <paramref name="seconds"/>; null when wrk is not installed or got no answer.
    /// </summary>
    public static async Task<double?> MedianLatencyAsync(string url, int seconds)
    {
        var output = await RunAsync(["-t1", "-c1", $"-d{seconds}s", "--timeout", "120s", "--latency", url]);
        var match = output is null ? null : MedianLatency().Match(output);
        if (match is not { Success: true })
        {
            return null;
        }

        var value = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        return match.Groups[2].Value switch
        {
            "us" => value / 1000,
            "ms" => value,
            "s" => value * 1000,
            "m" => value * 60_000,
            var unit => throw new InvalidOperationException($"wrk printed a latency in an unknown unit '{unit}'."),
        };
    }

    private static async Task<string?> RunAsync(string[] arguments)
    {
        ProcessStartInfo start = new("wrk")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
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
            return output;
        }
    }

    [GeneratedRegex(@"Requests/sec:\s+([0-9.]+)")]
    private static partial Regex RequestsPerSecond();

    [GeneratedRegex(@"^\s+50%\s+([0-9.]+)(us|ms|s|m)\s*$", RegexOptions.Multiline)]
    private static partial Regex MedianLatency();
}
