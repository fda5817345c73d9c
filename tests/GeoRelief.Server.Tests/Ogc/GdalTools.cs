using System.Diagnostics;

namespace GeoRelief.Server.Tests.Ogc;

/// <summary>GDAL's command-line tools (Debian gdal-bin), run as an independent reader of what GeoRelief serves.</summary>
internal static class GdalTools
{
    /// <summary>Runs <paramref name="program"/> (ogrinfo, ogr2ogr) and returns its exit code and its output and errors.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await error);
    }
}
