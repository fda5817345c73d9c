using System.ComponentModel;
using System.Diagnostics;
using GeoRelief.Data.Processes;

namespace GeoRelief.Data.Terrain.Internal;

/// <summary>Runs one GDAL command-line program (Debian gdal-bin) and returns what it printed.</summary>
internal static class GdalTool
{
    /// <summary>Runs <paramref name="program"/>; returns (exit code, standard output, standard error). A cancelled call kills it.</summary>
    public static async Task<(int ExitCode, string Output, string Errors)> RunAsync(string program, IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(program);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            return await ExternalProgram.RunAsync(start, cancellationToken);
        }
        catch (Win32Exception e)
        {
            throw new DemImportException($"GDAL's {program} is not installed: install the Debian package gdal-bin (scripts/setup.sh does). {e.Message}", e);
        }
    }
}
