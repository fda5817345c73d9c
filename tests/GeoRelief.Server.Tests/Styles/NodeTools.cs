using GeoRelief.Data.Tests;

namespace GeoRelief.Server.Tests.Styles;

/// <summary>The node scripts of tests/node-tools (installed by ./test.sh): independent checkers and writers by others.</summary>
internal static class NodeTools
{
    /// <summary>The tests/node-tools directory of the repository, found upwards from the test binaries.</summary>
    public static string Directory
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "tests", "node-tools");
                if (System.IO.Directory.Exists(candidate))
                {
                    return candidate;
                }
            }

            throw new InvalidOperationException("tests/node-tools not found above " + AppContext.BaseDirectory);
        }
    }

    /// <summary>Why the tools cannot run (node or node_modules missing), or null.</summary>
    public static string? UnavailableReason
    {
        get
        {
            if (!System.IO.Directory.Exists(Path.Combine(Directory, "node_modules")))
            {
                return "tests/node-tools/node_modules is missing: run ./test.sh (or npm ci in tests/node-tools).";
            }

            return Which("node") ? null : "node is not installed (scripts/setup.sh --for-tests installs it).";
        }
    }

    /// <summary>Runs <c>node SCRIPT args…</c> and returns its exit code and standard output.</summary>
    public static Task<(int ExitCode, string Output)> RunAsync(string script, params string[] arguments) =>
        ExternalTool.RunAsync("node", Directory, [script, .. arguments]);

    /// <summary>Whether <paramref name="program"/> is on the PATH.</summary>
    public static bool Which(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(dir => File.Exists(Path.Combine(dir, program)));
}
