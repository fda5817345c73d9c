using System.Globalization;

namespace GeoRelief.Data.Internal;

/// <summary>What a finished child process left: its exit code and everything it wrote.</summary>
internal sealed record ProcessResult(string Command, int ExitCode, string StandardOutput, string StandardError)
{
    /// <summary>True when the process exited with code 0.</summary>
    public bool Succeeded => ExitCode == 0;

    /// <summary>A one-paragraph account of a failure: command, exit code and what it wrote.</summary>
    public string Describe()
    {
        var output = string.Join('\n', new[] { StandardError.Trim(), StandardOutput.Trim() }.Where(s => s.Length > 0));
        return string.Create(CultureInfo.InvariantCulture,
            $"'{Command}' exited with code {ExitCode}{(output.Length > 0 ? ":\n" + output : ".")}");
    }
}
