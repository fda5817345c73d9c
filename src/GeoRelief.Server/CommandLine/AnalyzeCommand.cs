using System.CommandLine;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using GeoRelief.Data.Analytics;
using GeoRelief.Server.Apis.Analytics;

namespace GeoRelief.Server.CommandLine;

/// <summary>
/// <c>georelief analyze &lt;analysis&gt;</c>: the results of <c>/api/v1/analytics/…</c> on the command line, as JSON or
/// CSV, with the same parameters (named as in the API; those without an option of their own through --param).
/// </summary>
public static class AnalyzeCommand
{
    private static readonly Option<string?> Within = new("--within") { Description = "NBS code of the unit to analyse, e.g. 522628." };
    private static readonly Option<string?> Level = new("--level") { Description = "Level of the units reported: province, prefecture, county, township or village." };
    private static readonly Option<string?> Year = new("--year") { Description = "Year of the poverty figures (default: the latest)." };
    private static readonly Option<string?> Code = new("--code") { Description = "NBS code of the unit (poverty-series)." };
    private static readonly Option<string?> Indicator = new("--indicator") { Description = "incidence, density or smoothed-incidence (classify, hotspots)." };
    private static readonly Option<string?> Method = new("--method") { Description = "jenks, quantile, equal, headtail or manual (classify)." };
    private static readonly Option<string?> K = new("--k") { Description = "Number of classes (classify) or neighbours (hotspots with --param weights=knn)." };
    private static readonly Option<string[]> Parameters = new("--param", "-p")
    {
        Description = "Any other parameter as name=value, e.g. -p minHouseholds=30 -p maxDistanceM=500.",
        AllowMultipleArgumentsPerToken = false,
    };

    private static readonly Option<string> Format = new Option<string>("--format")
    {
        Description = "json (the API's answer), csv (the main table) or xlsx (an Excel workbook: a worksheet per table of the result, then the parameters and figures on 'notes'; needs --out).",
        DefaultValueFactory = _ => "json",
    }.AcceptOnlyFromAmong("json", "csv", "xlsx");

    private static readonly Option<FileInfo?> Out = new("--out") { Description = "Write to this file instead of standard output." };

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static Command Create()
    {
        var analyze = new Command("analyze", "Planning analytics on the command line: the same results as /api/v1/analytics/….");
        foreach (var name in PlanningAnalytics.Names)
        {
            var command = new Command(name, $"The {name} analysis (see /api/v1/analytics/{name.Replace("poverty-series", "poverty/series", StringComparison.Ordinal)}).");
            foreach (var option in new Option[] { Within, Level, Year, Code, Indicator, Method, K, Parameters, Format, Out })
            {
                command.Options.Add(option);
            }

            command.SetAction((parseResult, ct) => RunAsync(name, parseResult, ct));
            analyze.Subcommands.Add(command);
        }

        return analyze;
    }

    private static Task<int> RunAsync(string analysis, ParseResult parseResult, CancellationToken cancellationToken) =>
        CommandDatabase.RunAsync(async () =>
        {
            var raw = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
            {
                ["within"] = parseResult.GetValue(Within),
                ["level"] = parseResult.GetValue(Level),
                ["year"] = parseResult.GetValue(Year),
                ["code"] = parseResult.GetValue(Code),
                ["indicator"] = parseResult.GetValue(Indicator),
                ["method"] = parseResult.GetValue(Method),
                ["k"] = parseResult.GetValue(K),
            };
            var format = parseResult.GetValue(Format)!;
            var file = parseResult.GetValue(Out);
            if (format == "xlsx" && file is null)
            {
                await Console.Error.WriteLineAsync("georelief: --format xlsx writes a workbook, not text: give --out FILE.xlsx.");
                return 2;
            }

            foreach (var pair in parseResult.GetValue(Parameters) ?? [])
            {
                var cut = pair.IndexOf('=', StringComparison.Ordinal);
                if (cut <= 0)
                {
                    await Console.Error.WriteLineAsync($"georelief: --param '{pair}' is not name=value, e.g. -p minHouseholds=30.");
                    return 2;
                }

                raw[pair[..cut]] = pair[(cut + 1)..];
            }

            await using var opened = await CommandDatabase.OpenAsync(parseResult, cancellationToken);
            var analytics = new PlanningAnalytics(new AnalyticsStore(opened.Database.DataSource), new AnalyticsCache());
            AnalyticsResult result;
            try
            {
                result = await analytics.RunAsync(analysis, raw, opened.Interrupted);
            }
            catch (Exception e) when (e is AnalyticsParameterException or AnalyticsUnitNotFoundException)
            {
                await Console.Error.WriteLineAsync("georelief: " + e.Message);
                return 2;
            }

            if (format == "xlsx")
            {
                await using var workbook = new FileStream(file!.FullName, FileMode.Create, FileAccess.Write);
                AnalyticsXlsx.Write(result, workbook, Json);
                return 0;
            }

            await using var writer = file is null
                ? new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false))
                : new StreamWriter(file.FullName, append: false, OutputFiles.Encoding(format));
            if (format == "csv")
            {
                await AnalyticsCsv.WriteAsync(result, writer, Json, opened.Interrupted);
            }
            else
            {
                await writer.WriteLineAsync(JsonSerializer.Serialize(result, Json).AsMemory(), opened.Interrupted);
            }

            return 0;
        });
}
