using GeoRelief.Server.CommandLine;

namespace GeoRelief.Server.Tests.CommandLine;

/// <summary>
/// Runs <c>georelief …</c> in process through the command line's own entry point, with the console redirected (the
/// test class must be in the <see cref="Auth.ConsoleRedirection"/> collection).
/// </summary>
internal static class CommandRun
{
    public static async Task<(int ExitCode, string Output, string Errors)> RunAsync(params string[] args)
    {
        var (output, errors) = (new StringWriter(), new StringWriter());
        var (originalOut, originalError) = (Console.Out, Console.Error);
        Console.SetOut(output);
        Console.SetError(errors);
        try
        {
            var exit = await GeoReliefCommandLine.InvokeAsync(args);
            return (exit, output.ToString(), errors.ToString());
        }
        finally
        {
            Console.SetOut(originalOut);
            Console.SetError(originalError);
        }
    }

    /// <summary>A file of a fresh temporary folder, deleted with it when the test is done.</summary>
    public static string TemporaryFile(string name) => Path.Combine(Directory.CreateTempSubdirectory("georelief-cli-").FullName, name);
}
