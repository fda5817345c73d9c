using System.Globalization;

namespace GeoRelief.Core.Siting.Allocation;

/// <summary>
/// Reads the file CBC writes with <c>solu FILE</c>: a status line ("Optimal - objective value 4.00000000") and one
/// line per variable ("index name value reduced-cost"), with <c>-printingOptions all</c> one per row before them
/// ("index name activity dual"). The bound of a stopped search is not in that file but in CBC's log ("Lower bound:
/// 205247.304"), read when the log is given.
/// </summary>
public static class CbcSolutionReader
{
    private const string ObjectiveMarker = "objective value";
    private const string LowerBoundMarker = "Lower bound:";

    /// <summary>
    /// Parses the solution text (and the lower bound from CBC's <paramref name="log"/>, when given); throws
    /// <see cref="FormatException"/> when it is not a CBC solution.
    /// </summary>
    public static CbcSolution Read(string text, string? log = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (lines.Length == 0)
        {
            throw new FormatException("CBC wrote an empty solution file.");
        }

        var header = lines[0];
        var statusText = header.Split(" - ", 2)[0].Trim();
        var status = statusText switch
        {
            "Optimal" => CbcStatus.Optimal,
            _ when statusText.Contains("infeasible", StringComparison.OrdinalIgnoreCase) => CbcStatus.Infeasible,
            _ when statusText.StartsWith("Stopped", StringComparison.Ordinal) => CbcStatus.Stopped,
            _ when statusText.Contains("unbounded", StringComparison.OrdinalIgnoreCase) => CbcStatus.Unbounded,
            _ => CbcStatus.Unknown,
        };

        double? objective = null;
        var marker = header.IndexOf(ObjectiveMarker, StringComparison.Ordinal);
        if (marker >= 0 && double.TryParse(header[(marker + ObjectiveMarker.Length)..].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var o))
        {
            objective = o;
        }

        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        var marginals = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var i = 1; i < lines.Length; i++)
        {
            // CBC marks infeasible rows/values with "**" before the index.
            var fields = lines[i].TrimStart('*', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length < 3
                || !int.TryParse(fields[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out _)
                || !double.TryParse(fields[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                throw new FormatException($"Line {i + 1} of the CBC solution is not 'index name value reduced-cost': '{lines[i]}'.");
            }

            values[fields[1]] = value;
            if (fields.Length > 3 && double.TryParse(fields[3], NumberStyles.Float, CultureInfo.InvariantCulture, out var marginal))
            {
                marginals[fields[1]] = marginal;
            }
        }

        return new CbcSolution(status, statusText, objective, values, marginals, log is null ? null : LowerBound(log));
    }

    // CBC prints -1e+50 when it stopped before any bound was known: that is no bound.
    private static double? LowerBound(string log)
    {
        foreach (var line in log.Split('\n', StringSplitOptions.TrimEntries))
        {
            if (line.StartsWith(LowerBoundMarker, StringComparison.Ordinal)
                && double.TryParse(line[LowerBoundMarker.Length..].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var bound)
                && Math.Abs(bound) < 1e40)
            {
                return bound;
            }
        }

        return null;
    }
}
