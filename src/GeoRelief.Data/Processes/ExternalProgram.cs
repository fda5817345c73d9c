using System.ComponentModel;
using System.Diagnostics;

namespace GeoRelief.Data.Processes;

/// <summary>Runs an external program (GDAL's tools, CBC) to its end and returns what it printed.</summary>
internal static class ExternalProgram
{
    /// <summary>
    /// Runs <paramref name="start"/> with its output and errors captured; a cancelled call kills the program and its
    /// children. A program that is not installed throws <see cref="Win32Exception"/>: the caller names the package.
    /// </summary>
    public static async Task<(int ExitCode, string Output, string Errors)> RunAsync(ProcessStartInfo start, CancellationToken cancellationToken)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        using var process = Process.Start(start) ?? throw new Win32Exception($"{start.FileName} did not start.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        try
        {
            await process.WaitForExitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return (process.ExitCode, await output, await errors);
    }
}
