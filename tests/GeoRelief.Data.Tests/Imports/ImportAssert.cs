using GeoRelief.Core.Imports;
using Xunit.Sdk;

namespace GeoRelief.Data.Tests.Imports;

/// <summary>Assertions on import reports that show the report lines when they fail.</summary>
internal static class ImportAssert
{
    public static void Committed(ImportReport report)
    {
        if (report.Status != ImportStatus.Committed || report.Errors > 0)
        {
            throw new XunitException($"Expected a committed import without errors, got {report.Status}:\n" + Lines(report));
        }
    }

    public static ImportProblem Problem(ImportReport report, string code)
    {
        return report.Problems.FirstOrDefault(p => p.Problem == code)
            ?? throw new XunitException($"Expected a report line '{code}', got:\n" + Lines(report));
    }

    private static string Lines(ImportReport report) =>
        string.Join('\n', report.Problems.Select(p => $"  row {p.Row} {p.Field} {p.Problem} [{p.Severity}]: {p.Message} value='{p.Value}' hint={p.Hint}"));
}
