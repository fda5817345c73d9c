using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using GeoRelief.Core.Siting.Allocation;
using GeoRelief.Data.Processes;

namespace GeoRelief.Data.Siting;

/// <summary>
/// Runs COIN-OR CBC (Debian <c>coinor-cbc</c>) on an allocation model: writes the LP file to a temporary directory,
/// runs <c>cbc model.lp [-mipstart start.txt -preprocess off] -timeMode elapsed -sec T -ratioGap 0 -solve -solu out.txt</c> (or <c>-initialSolve -printingOptions all</c> for the LP relaxation, whose dual values then come back too)
/// and reads the solution. A cancelled request kills the solver.
/// </summary>
public sealed class CbcSolver
{
    /// <summary>The executable (on PATH by default).</summary>
    public string Executable { get; init; } = "cbc";

    /// <summary>Solves the model (integer, or its LP relaxation with <paramref name="relax"/>) within <paramref name="timeLimit"/>.</summary>
    public Task<CbcSolution> SolveAsync(AllocationProblem problem, bool relax, TimeSpan timeLimit, CancellationToken cancellationToken) =>
        SolveAsync(problem, relax, timeLimit, null, cancellationToken);

    /// <summary>
    /// Solves the model within <paramref name="timeLimit"/>; <paramref name="start"/> (a feasible site index per village)
    /// is handed to CBC as its first incumbent (<c>-mipstart</c>), so the search prunes against it from the first node.
    /// </summary>
    public async Task<CbcSolution> SolveAsync(AllocationProblem problem, bool relax, TimeSpan timeLimit, IReadOnlyList<int>? start, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var directory = Directory.CreateTempSubdirectory("georelief-cbc-");
        try
        {
            var model = Path.Combine(directory.FullName, "model.lp");
            var solution = Path.Combine(directory.FullName, "solution.txt");
            await File.WriteAllTextAsync(model, AllocationMipWriter.Write(problem, relax), cancellationToken);
            var mipStart = Path.Combine(directory.FullName, "start.txt");
            if (start is not null && !relax)
            {
                await File.WriteAllTextAsync(mipStart, AllocationMipWriter.WriteStart(problem, start), cancellationToken);
            }

            var startInfo = new ProcessStartInfo(Executable) { WorkingDirectory = directory.FullName };
            var arguments = new List<string> { model };
            if (start is not null && !relax)
            {
                // CBC 2.10 maps a start onto its preprocessed model and, on these models, drops it ("mipstart values
                // could not be used to build a solution"); without preprocessing it prunes against the start from node 0.
                arguments.AddRange(["-mipstart", mipStart, "-preprocess", "off"]);
            }

            foreach (var argument in arguments.Concat(new[]
                     {
                         // Wall-clock seconds, not CPU seconds: on a busy machine CPU time runs far slower than the caller's clock.
                         "-timeMode", "elapsed", "-sec", Math.Max(1, timeLimit.TotalSeconds).ToString("0", CultureInfo.InvariantCulture),
                         "-ratioGap", "0", "-allowableGap", "0",
                     }).Concat(relax ? ["-initialSolve", "-printingOptions", "all"] : ["-solve"]).Concat(["-solu", solution]))
            {
                startInfo.ArgumentList.Add(argument);
            }

            (int ExitCode, string Output, string Errors) run;
            try
            {
                run = await ExternalProgram.RunAsync(startInfo, cancellationToken);
            }
            catch (Win32Exception e)
            {
                throw new CbcUnavailableException(
                    $"The MIP solver '{Executable}' (COIN-OR CBC) is not installed: install the Debian package coinor-cbc (scripts/setup.sh does). {e.Message}");
            }

            if (!File.Exists(solution))
            {
                throw new InvalidOperationException($"CBC wrote no solution (exit code {run.ExitCode}): {Tail(run.Output + run.Errors)}");
            }

            return CbcSolutionReader.Read(await File.ReadAllTextAsync(solution, cancellationToken), run.Output);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static string Tail(string log) => log.Length <= 500 ? log : log[^500..];
}
