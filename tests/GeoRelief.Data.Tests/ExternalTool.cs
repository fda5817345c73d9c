using System.Diagnostics;

namespace GeoRelief.Data.Tests;

/// <summary>A program of the machine (GDAL's ogrinfo and ogr2ogr, node) run by a test as an independent reader or writer.</summary>
public static class ExternalTool
{
    /// <summary>Runs <paramref name="program"/> and returns its exit code and what it wrote to standard output, then to standard error.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(string program, string? workingDirectory, params string[] arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        if (workingDirectory is not null)
        {
            start.WorkingDirectory = workingDirectory;
        }

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
